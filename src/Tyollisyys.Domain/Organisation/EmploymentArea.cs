using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Organisation;

/// <summary>Työllisyysalue: the body that runs the employment services for its member municipalities.</summary>
public sealed class EmploymentArea
{
    private EmploymentArea()
    {
        Name = string.Empty;
    }

    public EmploymentArea(string name)
    {
        Name = Guard.RequiredText(name, 200, "Organisation.NameRequired", nameof(name));
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = Guard.RequiredText(name, 200, "Organisation.NameRequired", nameof(name));
}
