// Tests of the C# binding: a console runner (no test framework), one line per test, then
// "N passed, M failed"; exit status 1 when a test fails.
//
//   mono JixiaoTests.exe path/to/examples/hengshan-2024/package.json
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Jixiao;

internal static class Tests
{
    private static int passed;
    private static int failed;
    private static string packagePath;
    private static string packageText;

    private static int Main(string[] args)
    {
        packagePath = args.Length > 0 ? args[0] : FindExample();
        if (packagePath == null || !File.Exists(packagePath))
        {
            Console.Error.WriteLine("usage: JixiaoTests.exe path/to/examples/hengshan-2024/package.json");
            return 2;
        }
        packageText = File.ReadAllText(packagePath, Encoding.UTF8);
        Console.OutputEncoding = new UTF8Encoding(false);

        Run("library version and ABI", LibraryVersion);
        Run("status names", StatusNames);
        Run("built-in policy names", BuiltinPolicyNames);
        Run("example: department total 98.00, grade 优", ExampleDepartment);
        Run("example: project totals 99.00, 98.00, 98.00", ExampleProjects);
        Run("example: forms in order with paths", ExampleFormOrder);
        Run("example: execution rate and score", ExampleExecution);
        Run("example: indicators match the result JSON", ExampleIndicatorsMatchJson);
        Run("example: totals match the result JSON", ExampleTotalsMatchJson);
        Run("example: from JSON text equals from file", FromJsonEqualsLoad);
        Run("example: no warnings", ExampleNoWarnings);
        Run("package ToJson round-trips", PackageRoundTrip);
        Run("unknown field is a warning with its path", UnknownFieldWarning);
        Run("evaluate with each built-in policy", EvaluateEachPolicy);
        Run("policy ToJson, FromJson, FromFile", PolicyJsonRoundTrip);
        Run("audit of the example: evaluation and JSON agree", AuditExample);
        Run("audit of the example: findings equal to the audit JSON", AuditExampleFindingsMatchJson);
        Run("audit of a defective package: findings equal to the audit JSON", AuditDefectiveFindingsMatchJson);
        Run("audit of a defective package: JX-S09 and JX-A10 with expected and found", AuditDefectiveFindsWrongTotal);
        Run("audit evaluation outlives a disposed audit reference safely", AuditEvaluationLifetime);
        Run("error: bad JSON has code InvalidJson, line and column", ErrorBadJson);
        Run("error: the column counts characters, not bytes", ErrorColumnInCharacters);
        Run("error: bad amount has code InvalidPackage and a path", ErrorBadAmount);
        Run("error: unknown policy", ErrorUnknownPolicy);
        Run("error: invalid policy JSON", ErrorInvalidPolicy);
        Run("error: missing file is an IO error", ErrorMissingFile);
        Run("error: message has Chinese and English", ErrorMessageBothLanguages);
        Run("error: a failure does not spoil the next call", ErrorThenSuccess);
        Run("error: null arguments throw ArgumentNullException", NullArguments);
        Run("error: U+0000 in a string is refused", EmbeddedNul);
        Run("decimal: text arithmetic", DecimalText);
        Run("decimal: division by zero", DecimalDivisionByZero);
        Run("decimal: rounding modes", DecimalRounding);
        Run("decimal: rounding necessary", DecimalRoundingNecessary);
        Run("decimal: parse what people type", DecimalParse);
        Run("decimal: invalid number", DecimalInvalidNumber);
        Run("decimal: invalid operator, rounding mode, scale", DecimalInvalidArguments);
        Run("a lone surrogate: refused before the call, or by the library with its place (JSON text)", LoneSurrogate);
        Run("Package.EvaluateJson equals FromJson then Evaluate", EvaluateJsonEqualsEvaluate);
        Run("UTF-8 bytes: FromJson and EvaluateJson read a file's bytes as they are", Utf8Bytes);
        Run("decimal: System.Decimal through jx_decimal", DecimalStructs);
        Run("decimal: System.Decimal extremes round-trip", DecimalExtremes);
        Run("decimal: beyond System.Decimal throws OverflowException", DecimalOverflow);
        Run("decimal: exact text conversion keeps the scale", DecimalToDecimal);
        Run("build a package from code", BuildFromCode);
        Run("build a package from code: JSON round trip", BuildFromCodeRoundTrip);
        Run("build a package with System.Decimal amounts", BuildWithDecimals);
        Run("build: Chinese text survives", BuildUnicode);
        Run("ScoreIndicator(\"96\", \"90\", \"10\") is 9.38", ScoreIndicator938);
        Run("ScoreIndicator in English", ScoreIndicatorEnglish);
        Run("ScoreIndicator: a row that cannot be scored", ScoreIndicatorNotScored);
        Run("ScoreExecution", ScoreExecution);
        Run("ScoreExecution with System.Decimal", ScoreExecutionDecimal);
        Run("ScoreExecution of a zero budget", ScoreExecutionZeroBudget);
        Run("native struct sizes match the C header", StructSizes);
        Run("build: a form index beyond the forms is an Index error", BuildBadFormIndex);
        Run("build: a bad amount names the cell", BuildBadAmount);
        Run("dispose: twice is fine", DisposeTwice);
        Run("dispose: use after dispose throws ObjectDisposedException", UseAfterDispose);
        Run("dispose: results read before dispose stay usable", ResultsAfterDispose);
        Run("dispose: results outlive their package and policy", ResultsOutliveInputs);
        Run("threads: evaluations and errors on four threads", Threads);
        Run("threads: one result's rows read by four threads at once", RowsFromThreads);
        Run("many packages without leaks of handles", ManyPackages);

        Console.WriteLine("{0} passed, {1} failed", passed, failed);
        return failed == 0 ? 0 : 1;
    }

    // ---- the runner ---------------------------------------------------------------------------

    private static void Run(string name, Action body)
    {
        try
        {
            body();
            passed++;
            Console.WriteLine("ok   " + name);
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine("FAIL " + name);
            Console.WriteLine("     " + e.ToString().Replace("\n", "\n     "));
        }
    }

    private sealed class AssertionException : Exception
    {
        public AssertionException(string message) : base(message) { }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition) throw new AssertionException(what);
    }

    private static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new AssertionException(what + ": expected <" + expected + ">, got <" + actual + ">");
    }

    private static T Throws<T>(Action action) where T : Exception
    {
        try
        {
            action();
        }
        catch (T e)
        {
            return e;
        }
        catch (Exception e)
        {
            throw new AssertionException("expected " + typeof(T).Name + ", got " + e.GetType().Name + ": " + e.Message);
        }
        throw new AssertionException("expected " + typeof(T).Name + ", nothing was thrown");
    }

    private static string FindExample()
    {
        string dir = AppDomain.CurrentDomain.BaseDirectory;
        for (int i = 0; i < 8 && dir != null; i++)
        {
            string candidate = Path.Combine(dir, "examples", "hengshan-2024", "package.json");
            if (File.Exists(candidate)) return candidate;
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        }
        return null;
    }

    /// <summary>The example's text with the first occurrence of one string replaced.</summary>
    private static string ExampleWith(string from, string to)
    {
        int at = packageText.IndexOf(from, StringComparison.Ordinal);
        Check(at >= 0, "the example contains " + from);
        return packageText.Substring(0, at) + to + packageText.Substring(at + from.Length);
    }

    // ---- library ------------------------------------------------------------------------------

    private static void LibraryVersion()
    {
        Equal("0.1.0", Library.Version, "version string");
        Equal(100, Library.VersionNumber, "version number");
        Equal(Library.ExpectedAbiVersion, Library.AbiVersion, "ABI version");
    }

    private static void StatusNames()
    {
        Equal("ok", Library.StatusName(StatusCode.Ok), "ok");
        Equal("invalid_json", Library.StatusName(StatusCode.InvalidJson), "invalid_json");
        Equal("division_by_zero", Library.StatusName(StatusCode.DivisionByZero), "division_by_zero");
        Equal("unknown", Library.StatusName((StatusCode)4242), "an unknown number");
    }

    private static void BuiltinPolicyNames()
    {
        IReadOnlyList<string> names = Policy.BuiltinNames;
        Check(names.Count >= 3, "at least three built-in policies");
        foreach (string n in new[] { "national-2020", "hubei-20-40-40", "grades-80-70-60" })
            Check(Contains(names, n), n + " is built in");
    }

    private static bool Contains(IReadOnlyList<string> list, string s)
    {
        foreach (string x in list)
            if (x == s) return true;
        return false;
    }

    // ---- the example ----------------------------------------------------------------------------

    private static void ExampleDepartment()
    {
        using (Package package = Package.Load(packagePath))
        using (Policy policy = Policy.Builtin("national-2020"))
        using (EvaluationResult result = package.Evaluate(policy))
        {
            FormResult department = result.Department;
            Check(department != null, "a department form");
            Equal(98.00m, department.Total, "department total");
            Equal("98.00", department.Total.ToString(CultureInfo.InvariantCulture), "total keeps two places");
            Equal((decimal?)98m, department.FiledTotal, "filed total");
            Equal("优", department.Grade, "grade");
            Equal("excellent", department.GradeEn, "grade in English");
            Equal("中共衡山县委机构编制委员会办公室", department.Name, "unit name");
            Check(!string.IsNullOrEmpty(department.TotalExplanationZh), "an explanation in Chinese");
            Check(!string.IsNullOrEmpty(department.TotalExplanationEn), "an explanation in English");
        }
    }

    private static void ExampleProjects()
    {
        using (Package package = Package.Load(packagePath))
        using (EvaluationResult result = package.Evaluate())  // the default policy is national-2020
        {
            IReadOnlyList<FormResult> projects = result.Projects;
            Equal(3, projects.Count, "project count");
            Equal("99.00", projects[0].Total.ToString(CultureInfo.InvariantCulture), "project 1 total");
            Equal("98.00", projects[1].Total.ToString(CultureInfo.InvariantCulture), "project 2 total");
            Equal("98.00", projects[2].Total.ToString(CultureInfo.InvariantCulture), "project 3 total");
            Equal("事业单位法人登记及证书管理", projects[0].Name, "project 1 name");
            foreach (FormResult p in projects)
            {
                Equal("优", p.Grade, p.Name + " grade");
                Equal(p.Total, p.FiledTotal.Value, p.Name + " filed total equals computed");
            }
        }
    }

    private static void ExampleFormOrder()
    {
        using (Package package = Package.Load(packagePath))
        using (EvaluationResult result = package.Evaluate())
        {
            IReadOnlyList<FormResult> forms = result.Forms;
            Equal(4, forms.Count, "form count");
            Equal("department", forms[0].Kind, "department first");
            Equal("$.department", forms[0].Path, "department path");
            for (int i = 1; i < 4; i++)
            {
                Equal("project", forms[i].Kind, "project kind");
                Equal("$.projects[" + (i - 1) + "]", forms[i].Path, "project path");
            }
        }
    }

    private static void ExampleExecution()
    {
        using (Package package = Package.Load(packagePath))
        using (EvaluationResult result = package.Evaluate())
        {
            FormResult d = result.Department;
            Equal("100.00%", d.ExecutionRate, "execution rate");
            Equal((decimal?)100.00m, d.ExecutionRatePercent, "execution rate as a number");
            Equal((decimal?)10.00m, d.ExecutionScore, "execution score");
        }
    }

    private static void ExampleIndicatorsMatchJson()
    {
        using (Package package = Package.Load(packagePath))
        using (EvaluationResult result = package.Evaluate())
        {
            var json = (Dictionary<string, object>)MiniJson.Parse(result.ToJson());
            var jsonForms = new List<Dictionary<string, object>>();
            jsonForms.Add((Dictionary<string, object>)json["department"]);
            foreach (object p in (List<object>)json["projects"]) jsonForms.Add((Dictionary<string, object>)p);
            Equal(jsonForms.Count, result.Forms.Count, "forms in JSON and accessors");
            int rows = 0;
            for (int f = 0; f < jsonForms.Count; f++)
            {
                var expected = new List<Dictionary<string, object>>();
                foreach (object s in (List<object>)jsonForms[f]["sections"])
                    foreach (object g in (List<object>)((Dictionary<string, object>)s)["groups"])
                        foreach (object r in (List<object>)((Dictionary<string, object>)g)["indicators"])
                            expected.Add((Dictionary<string, object>)r);
                IReadOnlyList<IndicatorResult> actual = result.Forms[f].Indicators;
                Equal(expected.Count, actual.Count, result.Forms[f].Name + ": row count");
                for (int i = 0; i < actual.Count; i++)
                {
                    IndicatorResult a = actual[i];
                    Dictionary<string, object> e = expected[i];
                    Equal((string)e["path"], a.Path, "row path");
                    Check(a.Path.StartsWith(result.Forms[f].Path + ".", StringComparison.Ordinal), "row under its form");
                    Equal((string)e["name"], a.Name, "row name");
                    Equal((string)e["method"], a.Method, a.Path + " method");
                    Equal(JixiaoDecimal.ToDecimal((string)e["counted_score"]), a.CountedScore, a.Path + " counted");
                    Equal(Opt(e["computed_score"]), a.ComputedScore, a.Path + " computed");
                    Equal(Opt(e["filed_score"]), a.FiledScore, a.Path + " filed");
                    Equal(JixiaoDecimal.ToDecimal((string)e["weight"]), a.Weight, a.Path + " weight");
                    var explanation = (Dictionary<string, object>)e["explanation"];
                    Equal((string)explanation["zh"], a.ExplanationZh, a.Path + " explanation zh");
                    Equal((string)explanation["en"], a.ExplanationEn, a.Path + " explanation en");
                    rows++;
                }
            }
            Check(rows > 20, "the example has many rows (" + rows + ")");
        }
    }

    private static decimal? Opt(object jsonValue)
    {
        return jsonValue == null ? (decimal?)null : JixiaoDecimal.ToDecimal((string)jsonValue);
    }

    private static void ExampleTotalsMatchJson()
    {
        using (Package package = Package.Load(packagePath))
        using (EvaluationResult result = package.Evaluate())
        {
            var json = (Dictionary<string, object>)MiniJson.Parse(result.ToJson());
            Equal("jixiao-result", (string)json["format"], "format");
            Equal("national-2020", (string)json["policy_id"], "policy");
            var department = (Dictionary<string, object>)json["department"];
            Equal((string)department["total"], result.Department.Total.ToString(CultureInfo.InvariantCulture),
                  "department total");
            var projects = (List<object>)json["projects"];
            for (int i = 0; i < projects.Count; i++)
                Equal((string)((Dictionary<string, object>)projects[i])["total"],
                      result.Projects[i].Total.ToString(CultureInfo.InvariantCulture), "project total");
        }
    }

    private static void FromJsonEqualsLoad()
    {
        using (Package a = Package.Load(packagePath))
        using (Package b = Package.FromJson(packageText))
        using (EvaluationResult ra = a.Evaluate())
        using (EvaluationResult rb = b.Evaluate())
        {
            Equal(ra.ToJson(), rb.ToJson(), "result JSON");
        }
    }

    private static void ExampleNoWarnings()
    {
        using (Package package = Package.Load(packagePath))
            Equal(0, package.Warnings.Count, "warnings");
    }

    private static void PackageRoundTrip()
    {
        using (Package a = Package.Load(packagePath))
        {
            string json = a.ToJson();
            Check(json.Contains("\"jixiao-package\""), "format jixiao-package");
            using (Package b = Package.FromJson(json))
            {
                Equal(json, b.ToJson(), "JSON of the re-read package");
                using (EvaluationResult ra = a.Evaluate())
                using (EvaluationResult rb = b.Evaluate())
                    Equal(ra.ToJson(), rb.ToJson(), "the same scores");
            }
        }
    }

    private static void UnknownFieldWarning()
    {
        string text = ExampleWith("\"year\": 2024,", "\"year\": 2024,\n  \"bogus\": 1,");
        using (Package package = Package.FromJson(text))
        {
            IReadOnlyList<PackageWarning> warnings = package.Warnings;
            Equal(1, warnings.Count, "one warning");
            Equal("$.bogus", warnings[0].Path, "warning path");
            Check(warnings[0].MessageZh.Contains("bogus"), "Chinese message names the field: " + warnings[0].MessageZh);
            Check(warnings[0].MessageEn.Contains("bogus"), "English message names the field: " + warnings[0].MessageEn);
            Check(warnings[0].MessageZh != warnings[0].MessageEn, "two languages");
            using (EvaluationResult result = package.Evaluate())
                Equal(98.00m, result.Department.Total, "the package still evaluates");
        }
    }

    private static void EvaluateEachPolicy()
    {
        using (Package package = Package.Load(packagePath))
        {
            foreach (string name in Policy.BuiltinNames)
            {
                using (Policy policy = Policy.Builtin(name))
                using (EvaluationResult result = package.Evaluate(policy))
                {
                    Equal(name, policy.Name, "policy name");
                    Equal(4, result.Forms.Count, name + ": forms");
                    var json = (Dictionary<string, object>)MiniJson.Parse(result.ToJson());
                    Equal(name, (string)json["policy_id"], "policy_id in the result");
                    var department = (Dictionary<string, object>)json["department"];
                    Equal((string)department["total"], result.Department.Total.ToString(CultureInfo.InvariantCulture),
                          name + ": the department total as in the JSON");
                    foreach (FormResult f in result.Forms)
                        Check(f.Total > 0m && !string.IsNullOrEmpty(f.Grade), name + ": a total and a grade");
                }
            }
        }
    }

    private static void PolicyJsonRoundTrip()
    {
        string file = Path.Combine(Path.GetTempPath(), "jixiao-cs-policy-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            string json;
            using (Policy national = Policy.Builtin("national-2020"))
                json = national.ToJson();
            Check(json.Contains("national-2020"), "the JSON names the policy");
            File.WriteAllText(file, json, new UTF8Encoding(false));
            using (Policy fromText = Policy.FromJson(json))
            using (Policy fromFile = Policy.FromFile(file))
            using (Package package = Package.Load(packagePath))
            using (EvaluationResult a = package.Evaluate(fromText))
            using (EvaluationResult b = package.Evaluate(fromFile))
            {
                Equal(json, fromText.ToJson(), "JSON round trip");
                Equal(98.00m, a.Department.Total, "from text");
                Equal(98.00m, b.Department.Total, "from file");
                Check(fromFile.Name == null, "a policy from JSON has no built-in name");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    // ---- audit --------------------------------------------------------------------------------

    private static void AuditExample()
    {
        using (Package package = Package.Load(packagePath))
        using (AuditResult audit = package.Audit(null))
        {
            EvaluationResult evaluation = audit.Evaluation;
            Equal(98.00m, evaluation.Department.Total, "department total");
            Equal(99.00m, evaluation.Projects[0].Total, "project 1 total");
            Check(ReferenceEquals(evaluation, audit.Evaluation), "the same evaluation object");
            var json = (Dictionary<string, object>)MiniJson.Parse(audit.ToJson());
            Equal("jixiao-audit", (string)json["format"], "format");
            var forms = (List<object>)json["forms"];
            Equal(4, forms.Count, "forms in the audit JSON");
            for (int i = 0; i < forms.Count; i++)
                Equal((string)((Dictionary<string, object>)forms[i])["total"],
                      evaluation.Forms[i].Total.ToString(CultureInfo.InvariantCulture), "form total");
            var summary = (Dictionary<string, object>)json["summary"];
            Equal(audit.ErrorCount.ToString(CultureInfo.InvariantCulture), (string)summary["errors"], "errors");
            Equal(audit.WarningCount.ToString(CultureInfo.InvariantCulture), (string)summary["warnings"], "warnings");
            Equal(audit.InfoCount.ToString(CultureInfo.InvariantCulture), (string)summary["infos"], "infos");
            Equal(evaluation.ToJson(), package.Evaluate().ToJson(), "the audit's evaluation equals a fresh one");
        }
    }

    private static void AuditExampleFindingsMatchJson()
    {
        using (Package package = Package.Load(packagePath))
        using (AuditResult audit = package.Audit())
            FindingsMatchJson(audit);
    }

    private static string DefectivePackage()
    {
        // the department's 总分 filed as 97 instead of 98, one row's self-score above its points,
        // and more executed than budgeted
        string text = ExampleWith("\"total_self_score\": \"98\"", "\"total_self_score\": \"97\"");
        int funds = text.IndexOf("\"executed\": \"211.34\"", StringComparison.Ordinal);
        Check(funds >= 0, "the department's executed amount");
        text = text.Substring(0, funds) + "\"executed\": \"250.00\"" + text.Substring(funds + "\"executed\": \"211.34\"".Length);
        return text;
    }

    private static void AuditDefectiveFindingsMatchJson()
    {
        using (Package package = Package.FromJson(DefectivePackage()))
        using (AuditResult audit = package.Audit(null))
            FindingsMatchJson(audit);
    }

    private static void AuditDefectiveFindsWrongTotal()
    {
        using (Package package = Package.FromJson(DefectivePackage()))
        using (AuditResult audit = package.Audit())
        {
            Finding total = FindingAt(audit, "JX-S09", "$.department.total_self_score");
            Check(total != null, "JX-S09 (the filed total differs from the computed one) on the department's total");
            Equal(Severity.Error, total.Severity, "an error");
            Equal("98.00", total.Expected, "expected");
            Equal("97", total.Found, "found");
            Equal("department", total.Form, "form");
            Check(total.MessageZh.Contains("97") && total.MessageEn.Length > 0, "messages: " + total.MessageZh);
            Finding executed = FindingAt(audit, "JX-A10", "$.department.funds.total.executed");
            Check(executed != null, "JX-A10 (more executed than budgeted)");
            Equal(Severity.Warning, executed.Severity, "a warning");
            Equal("250.00", executed.Found, "found");
        }
        using (Package package = Package.Load(packagePath))
        using (AuditResult audit = package.Audit())
            Check(FindingAt(audit, "JX-S09", "$.department.total_self_score") == null, "not in the example itself");
    }

    private static Finding FindingAt(AuditResult audit, string code, string path)
    {
        foreach (Finding f in audit.Findings)
            if (f.Code == code && f.Path == path) return f;
        return null;
    }

    private static void FindingsMatchJson(AuditResult audit)
    {
        var json = (Dictionary<string, object>)MiniJson.Parse(audit.ToJson());
        var expected = (List<object>)json["findings"];
        IReadOnlyList<Finding> findings = audit.Findings;
        var expectedCodes = new List<string>();
        var actualCodes = new List<string>();
        foreach (object o in expected) expectedCodes.Add((string)((Dictionary<string, object>)o)["code"]);
        foreach (Finding f in findings) actualCodes.Add(f.Code);
        Equal(string.Join(",", expectedCodes), string.Join(",", actualCodes), "codes");
        for (int i = 0; i < findings.Count; i++)
        {
            var e = (Dictionary<string, object>)expected[i];
            Finding f = findings[i];
            Check(f.Code.StartsWith("JX-", StringComparison.Ordinal), "code " + f.Code);
            Equal((string)e["severity"], f.Severity.ToString().ToLowerInvariant(), f.Code + " severity");
            Equal((string)e["form"], f.Form, f.Code + " form");
            Equal((string)e["form_name"], f.FormName, f.Code + " form name");
            Equal((string)e["row"], f.Row, f.Code + " row");
            Equal((string)e["field"], f.Field, f.Code + " field");
            Equal((string)e["path"], f.Path, f.Code + " path");
            Equal((string)e["zh"], f.MessageZh, f.Code + " zh");
            Equal((string)e["en"], f.MessageEn, f.Code + " en");
            Equal(e.ContainsKey("expected") ? (string)e["expected"] : null, f.Expected, f.Code + " expected");
            Equal(e.ContainsKey("found") ? (string)e["found"] : null, f.Found, f.Code + " found");
        }
    }

    private static void AuditEvaluationLifetime()
    {
        using (Package package = Package.Load(packagePath))
        {
            AuditResult audit = package.Audit();
            EvaluationResult evaluation = audit.Evaluation;
            string before = evaluation.ToJson();
            IReadOnlyList<FormResult> forms = evaluation.Forms;
            // Disposing the evaluation alone releases only its reference on the audit.
            evaluation.Dispose();
            evaluation.Dispose();
            Throws<ObjectDisposedException>(() => evaluation.ToJson());
            EvaluationResult again = audit.Evaluation;
            Check(!ReferenceEquals(again, evaluation), "a new evaluation after the old one was disposed");
            Equal(before, again.ToJson(), "the audit's evaluation is intact");
            Equal(98.00m, forms[0].Total, "forms read before stay");
            // Disposing the audit disposes its evaluation; nothing is freed twice.
            audit.Dispose();
            audit.Dispose();
            Throws<ObjectDisposedException>(() => again.ToJson());
            Throws<ObjectDisposedException>(() => audit.ToJson());
            Throws<ObjectDisposedException>(() => { EvaluationResult unused = audit.Evaluation; });
            again.Dispose();
        }
    }

    // ---- errors -------------------------------------------------------------------------------

    private static void ErrorBadJson()
    {
        var e = Throws<JixiaoException>(() => Package.FromJson("{\"format\": \"jixiao-package\",\n  \"version\": 1,,}"));
        Equal(StatusCode.InvalidJson, e.Code, "code");
        Equal("invalid_json", e.CodeName, "code name");
        Equal(2, e.Line, "line");
        Equal(16, e.Column, "column");
        Check(e.MessageZh.Length > 0 && e.MessageEn.Length > 0, "messages");
    }

    private static void ErrorColumnInCharacters()
    {
        var e = Throws<JixiaoException>(() => Package.FromJson("{\"unit_name\": \"衡山\",,}"));
        Equal(StatusCode.InvalidJson, e.Code, "code");
        Equal(1, e.Line, "line");
        Equal(20, e.Column, "column of the second comma, in characters");
    }

    private static void ErrorBadAmount()
    {
        string text = ExampleWith("\"executed\": \"211.34\"", "\"executed\": \"21x1.34\"");
        var e = Throws<JixiaoException>(() => Package.FromJson(text));
        Equal(StatusCode.InvalidPackage, e.Code, "code");
        Equal("invalid_package", e.CodeName, "code name");
        Equal("$.department.funds.total.executed", e.Path, "path");
        Check(e.Line > 1, "a line: " + e.Line);
        Check(e.Column > 1, "a column: " + e.Column);
        Check(e.MessageZh.Contains("21x1.34"), "the Chinese message quotes the text: " + e.MessageZh);
    }

    private static void ErrorUnknownPolicy()
    {
        var e = Throws<JixiaoException>(() => Policy.Builtin("no-such-policy"));
        Equal(StatusCode.UnknownPolicy, e.Code, "code");
        Equal("unknown_policy", e.CodeName, "code name");
        Check(e.Message.Length > 0, "a message");
    }

    private static void ErrorInvalidPolicy()
    {
        var e = Throws<JixiaoException>(() => Policy.FromJson("{\"format\": \"jixiao-policy\", \"version\": 1}"));
        Check(e.Code == StatusCode.InvalidPolicy, "code InvalidPolicy, got " + e.Code);
        var j = Throws<JixiaoException>(() => Policy.FromJson("[1, 2"));
        Equal(StatusCode.InvalidJson, j.Code, "not JSON");
    }

    private static void ErrorMissingFile()
    {
        var e = Throws<JixiaoException>(() => Package.Load("/nonexistent/jixiao/package.json"));
        Equal(StatusCode.IO, e.Code, "code");
        Equal("io_error", e.CodeName, "code name");
        var p = Throws<JixiaoException>(() => Policy.FromFile("/nonexistent/jixiao/policy.json"));
        Equal(StatusCode.IO, p.Code, "policy file");
    }

    private static void ErrorMessageBothLanguages()
    {
        var e = Throws<JixiaoException>(() => Package.FromJson("{"));
        Check(e.Message.Contains(e.MessageZh), "Message holds the Chinese message");
        Check(e.Message.Contains(e.MessageEn), "Message holds the English message");
        Check(e.MessageZh != e.MessageEn, "two languages: " + e.MessageZh + " / " + e.MessageEn);
    }

    private static void ErrorThenSuccess()
    {
        Throws<JixiaoException>(() => Policy.Builtin("nope"));
        using (Policy policy = Policy.Builtin("national-2020"))
            Equal("national-2020", policy.Name, "a good call after a failing one");
        var e = Throws<JixiaoException>(() => JixiaoDecimal.Divide("1", "0", 2));
        Equal(StatusCode.DivisionByZero, e.Code, "the newest error is reported");
    }

    private static void NullArguments()
    {
        Throws<ArgumentNullException>(() => Package.Load(null));
        Throws<ArgumentNullException>(() => Package.FromJson((string)null));
        Throws<ArgumentNullException>(() => Policy.Builtin(null));
        Throws<ArgumentNullException>(() => JixiaoDecimal.Add(null, "1"));
    }

    private static void EmbeddedNul()
    {
        Throws<ArgumentException>(() => Policy.Builtin("national-2020\0x"));
    }

    // ---- decimals -------------------------------------------------------------------------------

    private static void DecimalText()
    {
        Equal("0.3", JixiaoDecimal.Add("0.1", "0.2"), "0.1 + 0.2");
        Equal("-0.1", JixiaoDecimal.Subtract("0.1", "0.2"), "0.1 - 0.2");
        Equal("0.35", JixiaoDecimal.Multiply("0.5", "0.7"), "0.5 × 0.7");
        Equal("9.375", JixiaoDecimal.Multiply(JixiaoDecimal.Divide("90", "96", 10), "10").TrimEnd('0'), "90 ÷ 96 × 10");
        Equal("72.22", JixiaoDecimal.Divide("1300", "18", 2), "1300 ÷ 18");
        Equal("99999999999999999999999999999999999998",
              JixiaoDecimal.Add("99999999999999999999999999999999999997", "1"), "38 digits");
        Equal(0, JixiaoDecimal.Compare("2.50", "2.5"), "2.50 == 2.5");
        Equal(-1, JixiaoDecimal.Compare("-3", "2"), "-3 < 2");
        Equal(1, JixiaoDecimal.Compare("10", "9.99"), "10 > 9.99");
        Equal("0.35", JixiaoDecimal.Calc("0.5", '*', "0.7", 0, RoundingMode.HalfUp), "Calc");
    }

    private static void DecimalDivisionByZero()
    {
        var e = Throws<JixiaoException>(() => JixiaoDecimal.Divide(1m, 0m, 2));
        Equal(StatusCode.DivisionByZero, e.Code, "jx_decimal_div");
        Equal("division_by_zero", e.CodeName, "code name");
        var t = Throws<JixiaoException>(() => JixiaoDecimal.Divide("1", "0.00", 2));
        Equal(StatusCode.DivisionByZero, t.Code, "jx_decimal_calc");
    }

    private static void DecimalRounding()
    {
        Equal("2.35", JixiaoDecimal.Round("2.345", 2, RoundingMode.HalfUp), "half up");
        Equal("2.34", JixiaoDecimal.Round("2.345", 2, RoundingMode.HalfEven), "half even");
        Equal("2.34", JixiaoDecimal.Round("2.345", 2, RoundingMode.HalfDown), "half down");
        Equal("-3", JixiaoDecimal.Round("-2.5", 0), "half up is away from zero");
        Equal("2.35", JixiaoDecimal.Round("2.341", 2, RoundingMode.Up), "up");
        Equal("2.34", JixiaoDecimal.Round("2.349", 2, RoundingMode.Down), "down");
        Equal("-2.34", JixiaoDecimal.Round("-2.341", 2, RoundingMode.Ceiling), "ceiling");
        Equal("-2.35", JixiaoDecimal.Round("-2.341", 2, RoundingMode.Floor), "floor");
        Equal(9.38m, JixiaoDecimal.Round(9.375m, 2), "System.Decimal half up");
        Equal(9.38m, JixiaoDecimal.Round(9.375m, 2, RoundingMode.HalfEven), "System.Decimal half even");
        Equal(0.33m, JixiaoDecimal.Divide(1m, 3m, 2), "1 ÷ 3");
        Equal(0.67m, JixiaoDecimal.Divide(2m, 3m, 2), "2 ÷ 3");
        Equal(0.66m, JixiaoDecimal.Divide(2m, 3m, 2, RoundingMode.Down), "2 ÷ 3 down");
    }

    private static void DecimalRoundingNecessary()
    {
        var e = Throws<JixiaoException>(() => JixiaoDecimal.Round("2.345", 2, RoundingMode.Unnecessary));
        Equal(StatusCode.RoundingNecessary, e.Code, "code");
        Equal("2.34", JixiaoDecimal.Round("2.340", 2, RoundingMode.Unnecessary), "no change needed");
    }

    private static void DecimalParse()
    {
        Equal("1234.50", JixiaoDecimal.Normalize("1,234.50"), "thousands separators");
        Equal(1234.50m, JixiaoDecimal.Parse("1,234.50"), "as System.Decimal");
        Equal("-0.35", JixiaoDecimal.Normalize("-0.35"), "negative");
        Equal("-1234.50", JixiaoDecimal.Format(-1234.50m), "Format");
    }

    private static void DecimalInvalidNumber()
    {
        var e = Throws<JixiaoException>(() => JixiaoDecimal.Normalize("7,00.0,77"));
        Equal(StatusCode.InvalidNumber, e.Code, "code");
        Check(e.Column > 0, "a column: " + e.Column);
        var t = Throws<JixiaoException>(() => JixiaoDecimal.Add("abc", "1"));
        Equal(StatusCode.InvalidNumber, t.Code, "text arithmetic");
    }

    private static void DecimalInvalidArguments()
    {
        var op = Throws<JixiaoException>(() => JixiaoDecimal.Calc("1", 'x', "2", 0, RoundingMode.HalfUp));
        Equal(StatusCode.InvalidArgument, op.Code, "operator");
        var mode = Throws<JixiaoException>(() => JixiaoDecimal.Round("1.25", 1, (RoundingMode)99));
        Equal(StatusCode.InvalidArgument, mode.Code, "rounding mode");
        var scale = Throws<JixiaoException>(() => JixiaoDecimal.Divide(1m, 3m, 39));
        Check(scale.Code == StatusCode.InvalidArgument || scale.Code == StatusCode.OutOfRange,
              "scale 39: " + scale.Code);
        var negative = Throws<JixiaoException>(() => JixiaoDecimal.Round("1.25", -1));
        Check(negative.Code == StatusCode.InvalidArgument || negative.Code == StatusCode.OutOfRange,
              "scale -1: " + negative.Code);
    }

    private static void LoneSurrogate()
    {
        Throws<ArgumentException>(() => Policy.Builtin("national-2020\ud800"));
        // JSON text goes as UTF-16: the library finds the surrogate, with its place.
        var e = Throws<JixiaoException>(() => Package.FromJson("{\n\"unit_name\": \"\ud83d\ude00\ud800\"}"));
        Equal(StatusCode.InvalidUtf8, e.Code, "code");
        Equal(2, e.Line, "line");
        Equal(16, e.Column, "column (the pair before it is one character)");
        Check(e.MessageEn.Contains("not valid UTF-16") && e.MessageEn.Contains("unit offset 18"), e.MessageEn);
        var r = Throws<JixiaoException>(() => Package.EvaluateJson("[\udc00]"));
        Equal(StatusCode.InvalidUtf8, r.Code, "code from EvaluateJson");
        Equal(2, r.Column, "column from EvaluateJson");
    }

    private static void EvaluateJsonEqualsEvaluate()
    {
        string text = packageText;
        using (Policy hubei = Policy.Builtin("hubei-20-40-40"))
        {
            foreach (Policy policy in new[] { null, hubei })
            {
                using (Package package = Package.FromJson(text))
                using (EvaluationResult expected = package.Evaluate(policy))
                using (EvaluationResult got = Package.EvaluateJson(text, policy))
                {
                    Equal(expected.Forms.Count, got.Forms.Count, "forms");
                    for (int i = 0; i < expected.Forms.Count; i++)
                    {
                        Equal(expected.Forms[i].Name, got.Forms[i].Name, "name");
                        Equal(expected.Forms[i].Total, got.Forms[i].Total, "total");
                        Equal(expected.Forms[i].Indicators.Count, got.Forms[i].Indicators.Count, "rows");
                    }
                }
            }
        }
        var e = Throws<JixiaoException>(() => Package.EvaluateJson("{\"unit_name\": \"衡山\",,}"));
        Equal(StatusCode.InvalidJson, e.Code, "code");
        Equal(20, e.Column, "column of the second comma, in characters");
        Throws<ArgumentNullException>(() => Package.EvaluateJson((string)null));
    }

    private static void Utf8Bytes()
    {
        // The file's bytes as they are: the same package and the same results as its text.
        byte[] bytes = File.ReadAllBytes(packagePath);
        using (Package fromText = Package.FromJson(packageText))
        using (Package fromBytes = Package.FromJson(bytes))
        {
            Equal(fromText.ToJson(), fromBytes.ToJson(), "the same package");
            using (EvaluationResult expected = fromText.Evaluate())
            using (EvaluationResult got = Package.EvaluateJson(bytes))
            {
                Equal(expected.Forms.Count, got.Forms.Count, "forms");
                for (int i = 0; i < expected.Forms.Count; i++)
                {
                    Equal(expected.Forms[i].Total, got.Forms[i].Total, "total " + i);
                    Equal(expected.Forms[i].Indicators.Count, got.Forms[i].Indicators.Count, "rows " + i);
                }
                Equal(98.00m, got.Department.Total, "department");
            }
        }
        // "衡" is E8 A1 A1; cut after its first byte, the text is not UTF-8: found with its place.
        byte[] cut = { (byte)'{', (byte)'\n', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)' ', (byte)'"', 0xE8,
                       (byte)'"', (byte)'}' };
        foreach (Func<Exception> read in new Func<Exception>[] {
                     () => Throws<JixiaoException>(() => Package.FromJson(cut)),
                     () => Throws<JixiaoException>(() => Package.EvaluateJson(cut)) })
        {
            var e = (JixiaoException)read();
            Equal(StatusCode.InvalidUtf8, e.Code, "code");
            Equal(2, e.Line, "line");
            Equal(7, e.Column, "column of the cut character");
        }
        var bad = Throws<JixiaoException>(() => Package.EvaluateJson(Encoding.UTF8.GetBytes("{\"unit_name\": \"衡山\",,}")));
        Equal(StatusCode.InvalidJson, bad.Code, "malformed JSON");
        Equal(20, bad.Column, "column of the second comma, in characters");
        Throws<ArgumentNullException>(() => Package.FromJson((byte[])null));
        Throws<ArgumentNullException>(() => Package.EvaluateJson((byte[])null));
    }

    private static void DecimalStructs()
    {
        Equal(0.3m, JixiaoDecimal.Add(0.1m, 0.2m), "add");
        Equal(-0.1m, JixiaoDecimal.Subtract(0.1m, 0.2m), "sub");
        Equal(0.35m, JixiaoDecimal.Multiply(0.5m, 0.7m), "mul");
        Equal(-7.5m, JixiaoDecimal.Multiply(-2.5m, 3m), "negative product");
        Equal(100.00m, JixiaoDecimal.Divide(211.34m, 211.34m, 2) * 100m, "execution rate");
        Equal(0, JixiaoDecimal.Compare(2.50m, 2.5m), "compare equal");
        Equal(-1, JixiaoDecimal.Compare(-1m, 0m), "compare less");
        Equal(1, JixiaoDecimal.Compare(1e-28m, 0m), "compare tiny");
        Equal("211.34", JixiaoDecimal.Format(211.34m), "format keeps the scale");
        Equal("0.00", JixiaoDecimal.Format(0.00m), "zero with places");
    }

    private static void DecimalExtremes()
    {
        decimal[] values =
        {
            decimal.MaxValue, decimal.MinValue, 0m, -0m, 1m, -1m, 0.0000000000000000000000000001m,
            -0.0000000000000000000000000001m, 4294967296m, -18446744073709551616m, 79228162514264337593543950.335m,
            -123456789.123456789m,
        };
        foreach (decimal v in values)
        {
            string text = JixiaoDecimal.Format(v);
            Equal(v.ToString(CultureInfo.InvariantCulture), text, "format " + v.ToString(CultureInfo.InvariantCulture));
            Equal(v, JixiaoDecimal.Add(v, 0m), "through jx_decimal " + text);
            Equal(v, JixiaoDecimal.Parse(text), "parse " + text);
            Equal(v, JixiaoDecimal.ToDecimal(text), "ToDecimal " + text);
        }
        Equal(decimal.MaxValue, JixiaoDecimal.Multiply(decimal.MaxValue, 1.000m), "trailing zeros dropped to fit");
    }

    private static void DecimalOverflow()
    {
        Throws<OverflowException>(() => JixiaoDecimal.Add(decimal.MaxValue, 1m));
        Throws<OverflowException>(() => JixiaoDecimal.Parse("12345678901234567890123456789012345678"));
        Throws<OverflowException>(() => JixiaoDecimal.Parse("0.00000000000000000000000000001"));
        Throws<OverflowException>(() => JixiaoDecimal.ToDecimal("79228162514264337593543950336"));
        Throws<OverflowException>(() => JixiaoDecimal.ToDecimal("1.00000000000000000000000000001"));
        // What does not fit System.Decimal still works as text.
        Equal("12345678901234567890123456789012345679",
              JixiaoDecimal.Add("12345678901234567890123456789012345678", "1"), "38 digits as text");
        Equal(1m, JixiaoDecimal.ToDecimal("1.00000000000000000000000000000000000000"), "zeros beyond 28 places");
    }

    private static void DecimalToDecimal()
    {
        Equal("98.00", JixiaoDecimal.ToDecimal("98.00").ToString(CultureInfo.InvariantCulture), "98.00");
        Equal("-0.35", JixiaoDecimal.ToDecimal("-0.35").ToString(CultureInfo.InvariantCulture), "-0.35");
        Equal("7", JixiaoDecimal.ToDecimal("7").ToString(CultureInfo.InvariantCulture), "7");
        Throws<FormatException>(() => JixiaoDecimal.ToDecimal("1e5"));
        Throws<FormatException>(() => JixiaoDecimal.ToDecimal("72.22%"));
        Throws<FormatException>(() => JixiaoDecimal.ToDecimal(""));
        // Up to 19 digits are read into a 64-bit coefficient, longer text the general way: both give
        // what .NET's own parser gives, to the bit (value, sign and scale).
        string[] texts =
        {
            "9999999999999999999", "10000000000000000000", "18446744073709551615", "1844674407370955161.5",
            "-999999999.9999999999", "0.0000000000000000000000000001", "1.", ".5", "-.5", "+7", "000012.340",
            " 1.5 ", "12345678901234567890123456.78",
        };
        foreach (string text in texts)
            SameBits(decimal.Parse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                     JixiaoDecimal.ToDecimal(text), "ToDecimal \"" + text + "\"");
        SameBits(new decimal(0, 0, 0, true, 2), JixiaoDecimal.ToDecimal("-0.00"), "ToDecimal \"-0.00\"");
        foreach (string bad in new[] { ".", "-", "+", "1.2.3", "--1", "1-", "١٢" })
            Throws<FormatException>(() => JixiaoDecimal.ToDecimal(bad));
    }

    private static void SameBits(decimal expected, decimal actual, string what)
    {
        Equal(string.Join(",", decimal.GetBits(expected)), string.Join(",", decimal.GetBits(actual)), what);
    }

    // ---- building ----------------------------------------------------------------------------

    private static Package BuildSample()
    {
        Package package = Package.Create("测试单位", 2024);
        package.AddProject("信息化运维", "测试单位")
            .SetFunds("100", "100", "90", "10", "9")
            .AddIndicator("产出指标", "数量指标", "运维系统数量", "≥96", "90", "个", "20", "18.75")
            .AddIndicator("产出指标", "质量指标", "系统可用率", "≥99%", "99.5%", null, "20", "20")
            .AddIndicator("产出指标", "时效指标", "完成时间", "按时完成", "按时完成", null, "10", "10")
            .AddIndicator("效益指标", "社会效益指标", "服务保障能力", "有效提升", "有效提升", null, "30", "30")
            .AddIndicator("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "95%", null, "10", "10")
            .SetTotal("100", "97.75");
        return package;
    }

    private static void BuildFromCode()
    {
        using (Package package = BuildSample())
        using (EvaluationResult result = package.Evaluate())
        {
            Equal(1, result.Forms.Count, "one form");
            FormResult form = result.Forms[0];
            Equal("project", form.Kind, "kind");
            Equal("信息化运维", form.Name, "name");
            Equal("$.projects[0]", form.Path, "path");
            Equal("90.00%", form.ExecutionRate, "execution rate");
            Equal((decimal?)9.00m, form.ExecutionScore, "execution score");
            Equal(5, form.Indicators.Count, "rows");
            Equal("运维系统数量", form.Indicators[0].Name, "first row");
            Equal(20m, form.Indicators[0].Weight, "first row weight");
            Equal((decimal?)18.75m, form.Indicators[0].ComputedScore, "90 ÷ 96 × 20");
            Equal("proportional", form.Indicators[0].Method, "proportional");
            Equal((decimal?)18.75m, form.Indicators[0].FiledScore, "filed score");
            Equal(97.75m, form.Total, "total");
            Equal((decimal?)97.75m, form.FiledTotal, "filed total");
            Equal("优", form.Grade, "grade");
        }
    }

    private static void BuildFromCodeRoundTrip()
    {
        using (Package package = BuildSample())
        {
            package.SetDepartment("测试单位")
                .SetFunds("200", "200", "200", "10", "10")
                .AddIndicator("产出指标", "数量指标", "完成事项", "10", "10", "项", "50", "50")
                .AddIndicator("效益指标", "社会效益指标", "服务保障能力", "有效提升", "有效提升", null, "30", "30")
                .AddIndicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", null, "10", "10")
                .SetTotal("100", "100");
            string json = package.ToJson();
            using (Package again = Package.FromJson(json))
            using (EvaluationResult a = package.Evaluate())
            using (EvaluationResult b = again.Evaluate())
            {
                Equal(a.ToJson(), b.ToJson(), "same results");
                Equal(2, b.Forms.Count, "department and project");
                Equal("department", b.Forms[0].Kind, "department first");
                Equal(100.00m, b.Department.Total, "department total");
                Equal(0, again.Warnings.Count, "no warnings in the library's own JSON");
            }
        }
    }

    private static void BuildWithDecimals()
    {
        using (Package package = Package.Create("测试单位", 2024, MoneyUnit.Yuan))
        {
            package.AddProject("设备购置")
                .SetFunds(1000000m, 1000000m, 995000.50m, 10m, 10m)
                .AddIndicator("产出指标", "数量指标", "购置设备数量", "10", "10", "台", "90", "90")
                .SetTotal(100m, 99.95m);
            using (EvaluationResult result = package.Evaluate())
            {
                FormResult form = result.Projects[0];
                Equal("99.50%", form.ExecutionRate, "execution rate");
                Equal((decimal?)99.95m, form.FiledTotal, "filed total");
            }
            Check(package.ToJson().Contains("995000.50"), "the amount as text");
            Check(package.ToJson().Contains("\"yuan\""), "money unit yuan");
        }
    }

    private static void BuildUnicode()
    {
        const string unit = "中共衡山县委机构编制委员会办公室 🏛";
        using (Package package = Package.Create(unit, 2024))
        {
            package.SetDepartment(unit);
            string json = package.ToJson();
            Check(json.Contains("中共衡山县委机构编制委员会办公室 🏛") || json.Contains("\\ud83c"), "the name in JSON");
            using (Package again = Package.FromJson(json))
            using (EvaluationResult result = again.Evaluate())
                Equal(unit, result.Department.Name, "the name through the library and back");
        }
    }

    // ---- single cells -------------------------------------------------------------------------

    private static void ScoreIndicator938()
    {
        IndicatorScore s = Scoring.ScoreIndicator("96", "90", "10");
        Equal((decimal?)9.38m, s.Score, "score");
        Equal("9.38", s.ScoreText, "as text");
        Check(!string.IsNullOrEmpty(s.Explanation), "an explanation");
        Check(s.Explanation.Contains("9.38"), "the explanation shows the score: " + s.Explanation);
    }

    private static void ScoreIndicatorEnglish()
    {
        using (Policy policy = Policy.Builtin("national-2020"))
        {
            IndicatorScore zh = Scoring.ScoreIndicator("≥96", "90", "10", "个", null, policy, Language.Chinese);
            IndicatorScore en = Scoring.ScoreIndicator("≥96", "90", "10", "个", null, policy, Language.English);
            Equal(zh.Score, en.Score, "the same score");
            Equal((decimal?)9.38m, en.Score, "9.38");
            Check(zh.Explanation != en.Explanation, "two languages: " + en.Explanation);
        }
    }

    private static void ScoreIndicatorNotScored()
    {
        IndicatorScore s = Scoring.ScoreIndicator("进一步完善", "部分完成", "10", null, "8");
        Check(s.Score == null || s.Score.Value <= 10m, "no score, or one within the points");
        Check(s.Explanation != null, "an explanation");
    }

    private static void ScoreExecution()
    {
        ExecutionScore s = Scoring.ScoreExecution("211.34", "211.34");
        Equal("100.00%", s.Rate, "rate");
        Equal((decimal?)10.00m, s.Score, "score");
        ExecutionScore half = Scoring.ScoreExecution("200", "100");
        Equal("50.00%", half.Rate, "half");
        Equal((decimal?)5.00m, half.Score, "half the points");
    }

    private static void ScoreExecutionDecimal()
    {
        using (Policy policy = Policy.Builtin("national-2020"))
        {
            ExecutionScore s = Scoring.ScoreExecution(211.34m, 200.00m, policy);
            Equal("94.63%", s.Rate, "rate (200 ÷ 211.34 = 0.946342…)");
            Check(s.Score.HasValue && s.Score.Value > 9m && s.Score.Value < 10m, "points: " + s);
        }
    }

    private static void ScoreExecutionZeroBudget()
    {
        ExecutionScore s = Scoring.ScoreExecution("0", "0");
        Equal(null, s.Rate, "no rate from a zero budget");
        Check(s.Score == null || s.Score.Value == 0m, "no points, or none: " + s);
    }

    private static void StructSizes()
    {
        // sizeof in C on LP64 (x86-64, arm64): jx_decimal 24, jx_form_info 104, jx_indicator_info 80,
        // jx_finding_info 96.
        System.Reflection.Assembly jixiao = typeof(Package).Assembly;
        var expected = new Dictionary<string, int>
        {
            { "Jixiao.NativeDecimal", 24 },
            { "Jixiao.NativeFormInfo", IntPtr.Size == 8 ? 104 : 52 },
            { "Jixiao.NativeIndicatorInfo", IntPtr.Size == 8 ? 80 : 40 },
            { "Jixiao.NativeFindingInfo", IntPtr.Size == 8 ? 96 : 48 },
        };
        if (IntPtr.Size != 8) return;  // the 32-bit sizes above are not checked against a C compiler
        foreach (KeyValuePair<string, int> e in expected)
            Equal(e.Value, System.Runtime.InteropServices.Marshal.SizeOf(jixiao.GetType(e.Key, true)), e.Key);
    }

    private static void BuildBadFormIndex()
    {
        using (Package package = Package.Create("测试单位", 2024))
        {
            package.AddProject("项目");
            var e = Throws<JixiaoException>(() => package.Project(3).SetTotal("100", "90"));
            Equal(StatusCode.Index, e.Code, "code");
            var d = Throws<JixiaoException>(() => package.Department.SetTotal("100", "90"));
            Check(d.Code == StatusCode.Index || d.Code == StatusCode.InvalidArgument, "no department yet: " + d.Code);
        }
    }

    private static void BuildBadAmount()
    {
        using (Package package = Package.Create("测试单位", 2024))
        {
            FormBuilder project = package.AddProject("项目");
            var e = Throws<JixiaoException>(() => project.SetFunds("100", "1x0", "90"));
            Equal(StatusCode.InvalidNumber, e.Code, "code");
            Check(e.Path.Contains("annual_budget"), "the path names the cell: " + e.Path);
        }
    }

    // ---- disposal -----------------------------------------------------------------------------

    private static void DisposeTwice()
    {
        Package package = Package.Load(packagePath);
        Policy policy = Policy.Builtin("national-2020");
        EvaluationResult result = package.Evaluate(policy);
        AuditResult audit = package.Audit(policy);
        EvaluationResult borrowed = audit.Evaluation;
        borrowed.Dispose();
        borrowed.Dispose();
        audit.Dispose();
        audit.Dispose();
        result.Dispose();
        result.Dispose();
        policy.Dispose();
        policy.Dispose();
        package.Dispose();
        package.Dispose();
    }

    private static void UseAfterDispose()
    {
        Package package = Package.Load(packagePath);
        Policy policy = Policy.Builtin("national-2020");
        package.Dispose();
        Throws<ObjectDisposedException>(() => package.Evaluate(policy));
        Throws<ObjectDisposedException>(() => package.ToJson());
        using (Package other = Package.Load(packagePath))
        {
            policy.Dispose();
            Throws<ObjectDisposedException>(() => other.Evaluate(policy));
            Throws<ObjectDisposedException>(() => policy.ToJson());
        }
    }

    private static void ResultsAfterDispose()
    {
        IReadOnlyList<FormResult> forms;
        IReadOnlyList<IndicatorResult> rowsReadBefore;
        IReadOnlyList<Finding> findings;
        FormResult auditForm;
        using (Package package = Package.Load(packagePath))
        {
            using (EvaluationResult result = package.Evaluate())
            {
                forms = result.Forms;
                rowsReadBefore = forms[1].Indicators;
            }
            using (AuditResult audit = package.Audit())
            {
                findings = audit.Findings;
                auditForm = audit.Evaluation.Forms[0];
            }
        }
        Equal(98.00m, forms[0].Total, "managed copies stay");
        Equal("优", forms[0].Grade, "text fields stay");
        Check(findings != null, "findings stay");
        // A form's rows are read on first access: those read before Dispose stay, the others cannot
        // be read after it (the native result is gone), and say so.
        Check(rowsReadBefore.Count > 0 && ReferenceEquals(rowsReadBefore, forms[1].Indicators), "rows read before stay");
        Check(rowsReadBefore[0].Name.Length > 0, "a row's name");
        var late = Throws<ObjectDisposedException>(() => forms[0].Indicators.Count.ToString());
        Check(late.Message.Contains("before the EvaluationResult is disposed"), "says why: " + late.Message);
        Throws<ObjectDisposedException>(() => auditForm.Indicators.Count.ToString());
    }

    private static void ResultsOutliveInputs()
    {
        EvaluationResult result;
        AuditResult audit;
        using (Package package = Package.Load(packagePath))
        using (Policy policy = Policy.Builtin("national-2020"))
        {
            result = package.Evaluate(policy);
            audit = package.Audit(policy);
        }
        using (result)
        using (audit)
        {
            Equal(98.00m, result.Department.Total, "evaluation");
            Check(result.ToJson().Contains("\"national-2020\""), "evaluation JSON");
            Equal(98.00m, audit.Evaluation.Department.Total, "audit's evaluation");
            Check(audit.ToJson().Contains("\"jixiao-audit\""), "audit JSON");
            Check(audit.Findings.Count > 0, "findings");
        }
    }

    // ---- threads and volume ---------------------------------------------------------------------

    private static void Threads()
    {
        const int n = 4;
        var errors = new string[n];
        var threads = new Thread[n];
        for (int t = 0; t < n; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                try
                {
                    for (int round = 0; round < 10; round++)
                    {
                        using (Package package = Package.FromJson(packageText))
                        using (EvaluationResult result = package.Evaluate())
                        {
                            if (result.Department.Total != 98.00m) throw new Exception("total " + result.Department.Total);
                        }
                        // each thread's last error is its own
                        try
                        {
                            if (id % 2 == 0) Policy.Builtin("no-such-policy-" + id);
                            else JixiaoDecimal.Divide("1", "0", 2);
                            throw new Exception("no error");
                        }
                        catch (JixiaoException e)
                        {
                            StatusCode expected = id % 2 == 0 ? StatusCode.UnknownPolicy : StatusCode.DivisionByZero;
                            if (e.Code != expected) throw new Exception("thread " + id + " got " + e.Code);
                        }
                    }
                }
                catch (Exception e)
                {
                    errors[id] = e.ToString();
                }
            });
            threads[t].Start();
        }
        foreach (Thread th in threads) th.Join();
        for (int t = 0; t < n; t++) Check(errors[t] == null, "thread " + t + ": " + errors[t]);
    }

    private static void RowsFromThreads()
    {
        const int n = 4;
        using (Package package = Package.FromJson(packageText))
        using (EvaluationResult result = package.Evaluate())
        {
            IReadOnlyList<FormResult> forms = result.Forms;
            var seen = new IReadOnlyList<IndicatorResult>[n, forms.Count];
            var errors = new string[n];
            var threads = new Thread[n];
            using (var start = new ManualResetEvent(false))
            {
                for (int t = 0; t < n; t++)
                {
                    int id = t;
                    threads[t] = new Thread(() =>
                    {
                        try
                        {
                            start.WaitOne();
                            for (int f = forms.Count - 1; f >= 0; f--) seen[id, f] = forms[f].Indicators;
                        }
                        catch (Exception e)
                        {
                            errors[id] = e.ToString();
                        }
                    });
                    threads[t].Start();
                }
                start.Set();
                foreach (Thread th in threads) th.Join();
            }
            for (int t = 0; t < n; t++) Check(errors[t] == null, "thread " + t + ": " + errors[t]);
            for (int f = 0; f < forms.Count; f++)
            {
                Check(forms[f].Indicators.Count > 0, "form " + f + " has rows");
                for (int t = 0; t < n; t++)
                    Check(ReferenceEquals(forms[f].Indicators, seen[t, f]), "form " + f + ": one list, thread " + t);
            }
        }
    }

    private static void ManyPackages()
    {
        for (int i = 0; i < 200; i++)
        {
            using (Package package = Package.FromJson(packageText))
            using (AuditResult audit = package.Audit())
            {
                if (audit.Evaluation.Department.Total != 98.00m) throw new AssertionException("total");
            }
        }
        // handles left to the finalizer are freed too
        for (int i = 0; i < 50; i++)
        {
            EvaluationResult forgotten = Package.FromJson(packageText).Evaluate();
            AuditResult audit = Package.FromJson(packageText).Audit();
            if (i % 2 == 0) forgotten = audit.Evaluation;  // a borrowed result keeps its audit alive
            if (forgotten.Forms.Count != 4) throw new AssertionException("forms");
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }
}

/// <summary>A small JSON reader for the tests: objects as Dictionary, arrays as List, strings as
/// string, numbers as their text, true/false as bool, null as null.</summary>
internal static class MiniJson
{
    public static object Parse(string text)
    {
        int i = 0;
        object v = Value(text, ref i);
        Space(text, ref i);
        if (i != text.Length) throw new FormatException("trailing text at " + i);
        return v;
    }

    private static void Space(string s, ref int i)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) i++;
    }

    private static object Value(string s, ref int i)
    {
        Space(s, ref i);
        if (i >= s.Length) throw new FormatException("unexpected end");
        char c = s[i];
        if (c == '{')
        {
            var o = new Dictionary<string, object>();
            i++;
            Space(s, ref i);
            if (s[i] == '}') { i++; return o; }
            while (true)
            {
                Space(s, ref i);
                string key = String(s, ref i);
                Space(s, ref i);
                Expect(s, ref i, ':');
                o[key] = Value(s, ref i);
                Space(s, ref i);
                if (s[i] == ',') { i++; continue; }
                Expect(s, ref i, '}');
                return o;
            }
        }
        if (c == '[')
        {
            var a = new List<object>();
            i++;
            Space(s, ref i);
            if (s[i] == ']') { i++; return a; }
            while (true)
            {
                a.Add(Value(s, ref i));
                Space(s, ref i);
                if (s[i] == ',') { i++; continue; }
                Expect(s, ref i, ']');
                return a;
            }
        }
        if (c == '"') return String(s, ref i);
        if (s.Substring(i).StartsWith("true", StringComparison.Ordinal)) { i += 4; return true; }
        if (s.Substring(i).StartsWith("false", StringComparison.Ordinal)) { i += 5; return false; }
        if (s.Substring(i).StartsWith("null", StringComparison.Ordinal)) { i += 4; return null; }
        int start = i;
        while (i < s.Length && "+-0123456789.eE".IndexOf(s[i]) >= 0) i++;
        if (i == start) throw new FormatException("unexpected '" + c + "' at " + i);
        return s.Substring(start, i - start);
    }

    private static void Expect(string s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c) throw new FormatException("expected '" + c + "' at " + i);
        i++;
    }

    private static string String(string s, ref int i)
    {
        Expect(s, ref i, '"');
        var sb = new StringBuilder();
        while (s[i] != '"')
        {
            char c = s[i++];
            if (c != '\\') { sb.Append(c); continue; }
            char e = s[i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append((char)int.Parse(s.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: sb.Append(e); break;
            }
        }
        i++;
        return sb.ToString();
    }
}
