using Facturation.Plugins.EInvoicing.FacturX.Pdf;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// PDF/A-3 §6.3.2: every annotation (popups excepted) must be printed and visible, i.e. its <c>/F</c> flags have
/// Print (4) set and Invisible (1), Hidden (2), NoView (32) and ToggleNoView (256) clear. Annotations that do not
/// comply are rewritten in the update; the page tree is walked with a bounded depth.
/// </summary>
internal static class PrintableAnnotations
{
    private const int MaxTreeDepth = 32;
    private const long Print = 4;
    private const long Forbidden = 1 | 2 | 32 | 256;

    /// <summary>Rewrites into <paramref name="update"/> each annotation of <paramref name="file"/> that is not printable.</summary>
    public static int Fix(PdfFile file, PdfDictionary catalog, IncrementalUpdate update)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(update);
        var fixedCount = 0;
        var visited = new HashSet<int>();
        Walk(catalog["Pages"], 0);
        return fixedCount;

        void Walk(PdfValue? node, int depth)
        {
            if (depth > MaxTreeDepth || (node is PdfReference r && !visited.Add(r.Number)))
                return;
            if (file.Resolve(node) is not PdfDictionary dictionary)
                return;
            if (file.Resolve(dictionary["Kids"]) is PdfArray kids)
            {
                foreach (var kid in kids.Items)
                    Walk(kid, depth + 1);
            }
            if (node is PdfReference page && file.Resolve(dictionary["Annots"]) is PdfArray annotations)
                fixedCount += FixPage(page.Number, dictionary, annotations);
        }

        int FixPage(int pageNumber, PdfDictionary page, PdfArray annotations)
        {
            var count = 0;
            var direct = false;
            var items = new List<PdfValue>();
            foreach (var item in annotations.Items)
            {
                if (file.Resolve(item) is not PdfDictionary annotation || annotation.NameOf("Subtype") == "Popup" || Printable(annotation))
                {
                    items.Add(item);
                    continue;
                }
                var flags = (annotation["F"] as PdfNumber)?.AsInteger ?? 0;
                var fixedAnnotation = annotation.With("F", new PdfNumber((flags | Print) & ~Forbidden));
                count++;
                if (item is PdfReference reference)
                {
                    update.Replace(reference.Number, fixedAnnotation);
                    items.Add(item);
                }
                else
                {
                    direct = true;
                    items.Add(fixedAnnotation);
                }
            }
            if (direct)
            {
                // Annotations written inside the page: the page (or its Annots array) is rewritten.
                if (page["Annots"] is PdfReference array)
                    update.Replace(array.Number, new PdfArray(items));
                else
                    update.Replace(pageNumber, page.With("Annots", new PdfArray(items)));
            }
            return count;
        }
    }

    private static bool Printable(PdfDictionary annotation) =>
        annotation["F"] is PdfNumber { AsInteger: { } flags } && (flags & Print) != 0 && (flags & Forbidden) == 0;
}
