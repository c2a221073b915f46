namespace Tyollisyys.Domain.Journal;

/// <summary>What a journal entry records. The numbers are stored; never renumber them.</summary>
public enum JournalEntryType
{
    /// <summary>Alkuhaastattelu.</summary>
    InitialInterview = 1,

    /// <summary>Työnhakukeskustelu.</summary>
    JobSearchConversation = 2,

    /// <summary>Täydentävä työnhakukeskustelu.</summary>
    SupplementaryConversation = 3,

    OtherMeeting = 4,

    PhoneCall = 5,

    Message = 6,

    Note = 7,

    /// <summary>Multisectoral (TYP) service-need screening held.</summary>
    TypScreening = 8,
}

/// <summary>How a meeting was held.</summary>
public enum ContactChannel
{
    InPerson = 1,
    Phone = 2,
    Video = 3,
}
