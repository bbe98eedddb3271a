using System.Text.Json.Nodes;

namespace Facturation.PluginHost.Tests;

/// <summary>Each broken or incompatible plugin gets its own failure case and reason; the good plugin still loads.</summary>
public sealed class BrokenPluginTests
{
    public static TheoryData<string, PluginFailure, string> Cases => new()
    {
        { "BadJson", PluginFailure.InvalidManifest, "plugin.json is not valid JSON (line 1" },
        { "MissingVersion", PluginFailure.InvalidManifest, "'version' is required" },
        { "MissingManifest", PluginFailure.InvalidManifest, "plugin.json is missing" },
        { "SdkRangeNotMet", PluginFailure.SdkVersionNotSupported, "supports SDK [3.0.0, 4.0.0), but the host runs SDK 2." },
        { "MissingAssembly", PluginFailure.EntryAssemblyNotLoadable, "entry assembly 'Nowhere.dll' is missing" },
        { "CorruptAssembly", PluginFailure.EntryAssemblyNotLoadable, "cannot be loaded" },
        { "CorruptDependencyList", PluginFailure.EntryAssemblyNotLoadable, "dependencies of 'Fixtures.Json13.dll' cannot be resolved" },
        { "NoEntryClass", PluginFailure.EntryTypeNotFound, "no public class implementing Facturation.Sdk.Plugins.IPluginEntry" },
        { "NamedEntryClassAbsent", PluginFailure.EntryTypeNotFound, "entry class 'Fixtures.Json13.Missing' named in plugin.json" },
        { "DuplicateId", PluginFailure.DuplicateId, "duplicate id 'Fixtures.Json13' declared by folders copy-a, copy-b" },
        { "MissingDependency", PluginFailure.DependencyNotSatisfied, "requires plugin 'Fixtures.GoodRegime' [2.0.0, 3.0.0), which is not installed" },
        { "DependencyWrongVersion", PluginFailure.DependencyNotSatisfied, "requires plugin 'Fixtures.GoodRegime' [5.0.0, 6.0.0) but version 2.3.4 is installed" },
        { "DependencyDisabled", PluginFailure.DependencyNotSatisfied, "requires plugin 'Fixtures.GoodRegime', which is disabled by configuration" },
        { "DependencyFailed", PluginFailure.DependencyNotSatisfied, "requires plugin 'Fixtures.ThrowingEntry', which failed to load" },
        { "DependencyCycle", PluginFailure.DependencyNotSatisfied, "dependency cycle" },
        { "EntryThrows", PluginFailure.EntryThrew, "threw InvalidOperationException: fixture refuses to register" },
        { "ServiceConstructorThrows", PluginFailure.ServicesFailed, "regime cannot start" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void LoadAll_BrokenPlugin_IsReportedWithItsReasonAndTheGoodOneStillLoads(string scenario, PluginFailure failure, string reason)
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.GoodRegime", "good");
        var disabled = Arrange(scenario, folder);

        using var runtime = folder.Load(disabled);

        var broken = runtime.Catalog.Plugins.Where(p => Path.GetFileName(p.Folder) != "good").ToList();
        Assert.NotEmpty(broken);
        Assert.All(broken, p => Assert.Equal(PluginStatus.Failed, p.Status));
        Assert.Contains(broken, p => p.Failure == failure && p.Reason!.Contains(reason, StringComparison.Ordinal));
        var good = runtime.Catalog.Plugins.Single(p => Path.GetFileName(p.Folder) == "good");
        Assert.Equal(scenario == "DependencyDisabled" ? PluginStatus.Disabled : PluginStatus.Loaded, good.Status);
    }

    private static string[] Arrange(string scenario, PluginsFolder folder)
    {
        switch (scenario)
        {
            case "BadJson": BadJson(folder); break;
            case "MissingVersion": MissingVersion(folder); break;
            case "MissingManifest": MissingManifest(folder); break;
            case "SdkRangeNotMet": SdkRangeNotMet(folder); break;
            case "MissingAssembly": MissingAssembly(folder); break;
            case "CorruptAssembly": CorruptAssembly(folder); break;
            case "CorruptDependencyList": CorruptDependencyList(folder); break;
            case "NoEntryClass": folder.Add("Fixtures.NoEntry"); break;
            case "NamedEntryClassAbsent": NamedEntryClassAbsent(folder); break;
            case "DuplicateId": DuplicateId(folder); break;
            case "MissingDependency": MissingDependency(folder); break;
            case "DependencyWrongVersion": DependencyWrongVersion(folder); break;
            case "DependencyDisabled": folder.Add("Fixtures.Dependent"); return ["Fixtures.GoodRegime"];
            case "DependencyFailed": DependencyFailed(folder); break;
            case "DependencyCycle": DependencyCycle(folder); break;
            case "EntryThrows": folder.Add("Fixtures.ThrowingEntry"); break;
            case "ServiceConstructorThrows": folder.Add("Fixtures.BrokenService"); break;
            default: throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
        return [];
    }

    private static void BadJson(PluginsFolder folder) => folder.WriteFile("bad/plugin.json", "{ \"id\": \"Bad\", ");

    private static void MissingVersion(PluginsFolder folder) =>
        folder.WriteFile("noversion/plugin.json", "{ \"id\": \"NoVersion\", \"sdk\": \"[1.0.0, 2.0.0)\" }");

    private static void MissingManifest(PluginsFolder folder) => folder.WriteFile("nomanifest/readme.txt", "no manifest here");

    private static void SdkRangeNotMet(PluginsFolder folder)
    {
        folder.Add("Fixtures.Json13");
        folder.EditManifest("Fixtures.Json13", m => m["sdk"] = "[3.0.0, 4.0.0)");
    }

    private static void MissingAssembly(PluginsFolder folder)
    {
        folder.Add("Fixtures.Json13");
        folder.EditManifest("Fixtures.Json13", m => m["entryAssembly"] = "Nowhere.dll");
    }

    private static void CorruptAssembly(PluginsFolder folder)
    {
        folder.Add("Fixtures.Json13");
        folder.WriteFile("Fixtures.Json13/Fixtures.Json13.dll", "this is not an assembly");
    }

    private static void CorruptDependencyList(PluginsFolder folder)
    {
        folder.Add("Fixtures.Json13");
        folder.WriteFile("Fixtures.Json13/Fixtures.Json13.deps.json", "{ this is not json");
    }

    private static void NamedEntryClassAbsent(PluginsFolder folder)
    {
        folder.Add("Fixtures.Json13");
        folder.EditManifest("Fixtures.Json13", m => m["entryType"] = "Fixtures.Json13.Missing");
    }

    private static void DuplicateId(PluginsFolder folder)
    {
        folder.Add("Fixtures.Json13", "copy-a");
        folder.Add("Fixtures.Json13", "copy-b");
    }

    private static void MissingDependency(PluginsFolder folder)
    {
        folder.Add("Fixtures.Dependent");
        // The good plugin stays, under another id, so the dependency really is absent.
        folder.EditManifest("good", m =>
        {
            m["id"] = "Fixtures.Other";
            m["entryAssembly"] = "Fixtures.GoodRegime.dll";
        });
    }

    private static void DependencyWrongVersion(PluginsFolder folder)
    {
        folder.Add("Fixtures.Dependent");
        folder.EditManifest("Fixtures.Dependent", m => m["dependencies"] = new JsonArray(
            new JsonObject { ["id"] = "Fixtures.GoodRegime", ["versions"] = "[5.0.0, 6.0.0)" }));
    }

    private static void DependencyFailed(PluginsFolder folder)
    {
        folder.Add("Fixtures.ThrowingEntry");
        folder.Add("Fixtures.Dependent");
        folder.EditManifest("Fixtures.Dependent", m => m["dependencies"] = new JsonArray(
            new JsonObject { ["id"] = "Fixtures.ThrowingEntry", ["versions"] = "[1.0.0, 2.0.0)" }));
    }

    private static void DependencyCycle(PluginsFolder folder)
    {
        folder.Add("Fixtures.Dependent");
        folder.Add("Fixtures.Json13");
        folder.EditManifest("Fixtures.Dependent", m => m["dependencies"] = new JsonArray(
            new JsonObject { ["id"] = "Fixtures.Json13", ["versions"] = "[1.0.0, 2.0.0)" }));
        folder.EditManifest("Fixtures.Json13", m => m["dependencies"] = new JsonArray(
            new JsonObject { ["id"] = "Fixtures.Dependent", ["versions"] = "[1.0.0, 2.0.0)" }));
    }
}
