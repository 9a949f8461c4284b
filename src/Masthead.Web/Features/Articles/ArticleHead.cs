using Masthead.Web.Features.Reading;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Masthead.Web.Features.Articles;

/// <summary>What an article page tells the layout for its &lt;head&gt;: title, description, canonical link, Open Graph.</summary>
public static class ArticleHead
{
    public static void Describe(ViewDataDictionary viewData, ArticleView article)
    {
        viewData["Title"] = article.Headline;
        viewData["Description"] = article.Standfirst;
        viewData["Canonical"] = article.CanonicalUrl;
        viewData["OgType"] = "article";
        viewData["OgImage"] = article.ImageUrl;
        viewData["OgImageAlt"] = article.LeadPicture?.Picture.Alt;
    }
}
