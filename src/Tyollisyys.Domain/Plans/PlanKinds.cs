namespace Tyollisyys.Domain.Plans;

/// <summary>Suunnitelman laji: the kind of plan agreed with the client.</summary>
public enum PlanType
{
    Employment = 1,

    /// <summary>Monialainen työllistymissuunnitelma (TYP), made with the wellbeing services county and Kela.</summary>
    Multisectoral = 2,
    Activation = 3,
    Integration = 4,
}

/// <summary>Who carries out an agreed action.</summary>
public enum ActionResponsible
{
    JobSeeker = 1,
    Counsellor = 2,
    OtherOrganisation = 3,
}

public enum PlanActionStatus
{
    Agreed = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}
