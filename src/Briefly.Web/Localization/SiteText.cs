namespace Briefly.Web.Localization;

/// <summary>
/// The interface text of the reader's pages, looked up through <c>IStringLocalizer&lt;SiteText&gt;</c> in
/// SiteText.resx (English, also every language without its own file) and SiteText.ru.resx.
/// </summary>
public sealed class SiteText;
