using BenchmarkDotNet.Attributes;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Text;

namespace UssdGateway.Benchmarks.Micro;

/// <summary>Rendering a paged list and counting septets.</summary>
[MemoryDiagnoser]
public class TextBenchmark
{
    private const string French =
        "Inscription: nous gardons nom, année de naissance, commune et secteur pour suivre votre formation. 1. J'accepte 2. Je refuse 3. Vos droits";
    private const string Bambara = "An bɛ i tɔgɔ, i san, i komini ni i baara mara kalan kosɔn. 1. N sɔnna 2. N ma sɔn";
    private static readonly List<string> Regions = [.. MaliRegions.All.Select((r, i) => $"{i + 1}. {r}")];

    [Benchmark(Description = "render page 2 of the 20 regions")]
    public ScreenPage PagedList() =>
        Pager.Render("Votre région d'origine:", Regions, 1, ScreenBudget.Default, "0. Retour", "98. Suite", backOnFirstPage: true);

    [Benchmark(Description = "septets of a 140-character French screen")]
    public TextMeasure SeptetsFrench() => GsmAlphabet.Measure(French);

    [Benchmark(Description = "measure of a Bambara screen (UCS-2)")]
    public TextMeasure MeasureBambara() => GsmAlphabet.Measure(Bambara);
}
