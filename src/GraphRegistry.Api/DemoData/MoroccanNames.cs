namespace GraphRegistry.Api.DemoData;

/// <summary>Common Moroccan given and family names, Latin and Arabic, for synthetic records only.</summary>
internal static class MoroccanNames
{
    public static IReadOnlyList<Name> Male { get; } =
    [
        new("Mohamed", "محمد"), new("Ahmed", "أحمد"), new("Youssef", "يوسف"), new("Abdellah", "عبد الله"),
        new("Hassan", "حسن"), new("Omar", "عمر"), new("Rachid", "رشيد"), new("Mustapha", "مصطفى"),
        new("Abdelaziz", "عبد العزيز"), new("Said", "سعيد"), new("Khalid", "خالد"), new("Brahim", "إبراهيم"),
        new("Hamza", "حمزة"), new("Mehdi", "المهدي"), new("Anas", "أنس"), new("Ayoub", "أيوب"),
        new("Driss", "إدريس"), new("Lahcen", "لحسن"), new("Noureddine", "نور الدين"), new("Abderrahim", "عبد الرحيم"),
        new("Karim", "كريم"), new("Soufiane", "سفيان"), new("Ilyas", "إلياس"), new("Adam", "آدم"),
        new("Jamal", "جمال"), new("Hicham", "هشام"), new("Aziz", "عزيز"), new("Tarik", "طارق"),
    ];

    public static IReadOnlyList<Name> Female { get; } =
    [
        new("Fatima", "فاطمة"), new("Khadija", "خديجة"), new("Aicha", "عائشة"), new("Meryem", "مريم"),
        new("Zineb", "زينب"), new("Naima", "نعيمة"), new("Malika", "مليكة"), new("Saida", "سعيدة"),
        new("Hafsa", "حفصة"), new("Salma", "سلمى"), new("Imane", "إيمان"), new("Hanane", "حنان"),
        new("Latifa", "لطيفة"), new("Rachida", "رشيدة"), new("Nadia", "نادية"), new("Samira", "سميرة"),
        new("Houda", "هدى"), new("Asmae", "أسماء"), new("Kaoutar", "كوثر"), new("Hiba", "هبة"),
        new("Yasmine", "ياسمين"), new("Oumaima", "أميمة"), new("Rim", "ريم"), new("Ghita", "غيثة"),
        new("Zahra", "زهرة"), new("Touria", "ثريا"), new("Mina", "مينة"), new("Amal", "أمل"),
    ];

    public static IReadOnlyList<Name> Family { get; } =
    [
        new("Alaoui", "العلوي"), new("Benali", "بنعلي"), new("El Idrissi", "الإدريسي"), new("Bennani", "بناني"),
        new("Tazi", "التازي"), new("El Amrani", "العمراني"), new("Berrada", "برادة"), new("Chraibi", "الشرايبي"),
        new("El Fassi", "الفاسي"), new("Ouazzani", "الوزاني"), new("Benjelloun", "بنجلون"), new("Lahlou", "لحلو"),
        new("Amrani", "أمراني"), new("Bouzid", "بوزيد"), new("El Khatib", "الخطيب"), new("Naciri", "الناصري"),
        new("Ait Ouahmane", "آيت وحمان"), new("Ait Ali", "آيت علي"), new("Oubella", "أوبلا"), new("Id Brahim", "إد إبراهيم"),
        new("Boukhari", "البخاري"), new("Sqalli", "الصقلي"), new("Zerhouni", "الزرهوني"), new("Kettani", "الكتاني"),
        new("Hajji", "الحجي"), new("Mansouri", "المنصوري"), new("Belhaj", "بلحاج"), new("Tahiri", "الطاهري"),
        new("Ziani", "الزياني"), new("Rifi", "الريفي"), new("Soussi", "السوسي"), new("Doukkali", "الدكالي"),
        new("Sahraoui", "الصحراوي"), new("Filali", "الفيلالي"), new("Jebli", "الجبلي"), new("Marrakchi", "المراكشي"),
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "Rue Ibn Battouta", "Avenue Mohammed V", "Rue Al Moutanabbi", "Boulevard Hassan II", "Rue Oued Sebou",
        "Rue Al Massira", "Avenue des FAR", "Rue Ibn Sina", "Derb Sidi Bouloukat", "Rue Al Quds", "Rue Tarik Ibn Ziad",
    ];

    public static IReadOnlyList<string> Quarters { get; } =
    [
        "Hay Mohammadi", "Hay Salam", "Sidi Moumen", "Hay Al Qods", "Lahraouiyine", "Hay Riad", "Douar Lakhmiss",
        "Bab Doukkala", "Hay Nahda", "Takaddoum", "Hay Essalam", "Lmhamid",
    ];

    public static IReadOnlyList<string> Douars { get; } =
    [
        "Douar Ouled Ali", "Douar Ait Ben Haddou", "Douar Tafraout", "Douar Lamhamid", "Douar Ouled Said",
        "Douar Imlil", "Douar Tizi", "Douar Ouled Brahim", "Douar Ait Hamza", "Douar Zaouia",
    ];
}
