namespace GraphRegistry.Api.Declarations;

public enum EmploymentStatus
{
    NotOfWorkingAge,
    Employee,
    SelfEmployed,
    Farmer,
    Unemployed,
    Student,
    Homemaker,
    Retired,
    UnableToWork,
}
