namespace Facturation.Plugins.Scriban.ViewModel;

/// <summary>A view model value a template may not see (a service, a delegate, a lazy query ...), named by its path.</summary>
internal sealed class ViewModelException : Exception
{
    public ViewModelException()
    {
    }

    public ViewModelException(string message)
        : base(message)
    {
    }

    public ViewModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
