// The evaluation batch through the C# binding: for each package JSON text of the batch, read and
// scored under national-2020 (one Policy, loaded once) → each form's Total → disposed, timed with a
// Stopwatch (and the process's CPU time) over the whole batch. The C# side of
// scripts/bench-bindings.py; its output is bench/python_batch.py's, so that the two compare with
// jixiao-capi-bench --jixiao_batch_timing on the same file.
//
//   mcs -target:library -out:Jixiao.dll bindings/csharp/src/*.cs
//   mcs -r:Jixiao.dll -out:JixiaoBatchBench.exe bench/csharp_batch.cs
//   LD_LIBRARY_PATH=build-bench/capi mono JixiaoBatchBench.exe BATCH_FILE [--repetitions=N] [--modes=a,b] [--json]
//
// BATCH_FILE is jixiao-capi-bench --jixiao_write_batch's RFC 7464 sequence. The texts are decoded to
// strings (as File.ReadAllText would) before anything is timed. One untimed warm-up pass per mode,
// then N timed passes (default 3), the modes interleaved. Modes:
//   evaluate_json        Package.EvaluateJson(text, policy) (one call reads and scores, UTF-16) → Forms → Total
//   evaluate_json_bytes  the same on the text's UTF-8 bytes (byte[], as File.ReadAllBytes gives them)
//   evaluate_json_rows   evaluate_json, and every row of every form read (row.CountedScore)
//   package              Package.FromJson(text) → Evaluate(policy) → Forms → Total, both disposed
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Jixiao;

internal static class CSharpBatch
{
    private sealed class Mode
    {
        public string Name, What, Input = "string";
        public Func<Batch, Policy, Tally> Run;
        public readonly List<double> Wall = new List<double>(), Cpu = new List<double>();
        public Tally Tally;
    }

    private sealed class Batch
    {
        public readonly List<string> Texts = new List<string>();
        public readonly List<byte[]> Bytes = new List<byte[]>();
        public long Size;
    }

    private struct Tally
    {
        public decimal Sum;
        public long Forms, Rows;  // Rows: the rows read (evaluate_json_rows), reported beside the forms
    }

    // Each mode reads and scores every text, then adds every form's total (AddTotals) and disposes.
    private static Tally EvaluateJson(Batch batch, Policy policy)
    {
        var t = new Tally();
        foreach (string text in batch.Texts)
            using (EvaluationResult result = Package.EvaluateJson(text, policy))
                AddTotals(ref t, result);
        return t;
    }

    private static Tally EvaluateJsonBytes(Batch batch, Policy policy)
    {
        var t = new Tally();
        foreach (byte[] bytes in batch.Bytes)
            using (EvaluationResult result = Package.EvaluateJson(bytes, policy))
                AddTotals(ref t, result);
        return t;
    }

    private static Tally EvaluateJsonRows(Batch batch, Policy policy)
    {
        var t = new Tally();
        foreach (string text in batch.Texts)
            using (EvaluationResult result = Package.EvaluateJson(text, policy))
            {
                AddTotals(ref t, result);
                foreach (FormResult form in result.Forms) t.Rows += form.Indicators.Count;  // every row read
            }
        return t;
    }

    private static Tally FromPackage(Batch batch, Policy policy)
    {
        var t = new Tally();
        foreach (string text in batch.Texts)
            using (Package package = Package.FromJson(text))
            using (EvaluationResult result = package.Evaluate(policy))
                AddTotals(ref t, result);
        return t;
    }

    private static void AddTotals(ref Tally t, EvaluationResult result)
    {
        foreach (FormResult form in result.Forms)
        {
            t.Sum += form.Total;
            t.Forms++;
        }
    }

    private static Batch ReadBatch(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        if (data.Length == 0 || data[0] != 0x1E)
            throw new InvalidDataException(path + " is not a JSON text sequence (no 0x1E first)");
        var batch = new Batch();
        var utf8 = new UTF8Encoding(false, true);
        int start = 1;
        for (int i = 1; i <= data.Length; i++)
        {
            if (i < data.Length && data[i] != 0x1E) continue;
            var bytes = new byte[i - start];
            Array.Copy(data, start, bytes, 0, bytes.Length);
            batch.Bytes.Add(bytes);
            batch.Texts.Add(utf8.GetString(bytes));
            batch.Size += bytes.Length;
            start = i + 1;
        }
        return batch;
    }

    private static string Seconds(List<double> values)
    {
        var parts = new List<string>();
        foreach (double v in values) parts.Add(v.ToString("R", CultureInfo.InvariantCulture));
        return "[" + string.Join(", ", parts) + "]";
    }

    private static int Main(string[] args)
    {
        string batch = null, only = "evaluate_json,evaluate_json_bytes,evaluate_json_rows,package";
        int repetitions = 3;
        bool json = false;
        foreach (string arg in args)
        {
            if (arg.StartsWith("--repetitions=", StringComparison.Ordinal))
                repetitions = Math.Max(1, int.Parse(arg.Substring(14), CultureInfo.InvariantCulture));
            else if (arg.StartsWith("--modes=", StringComparison.Ordinal)) only = arg.Substring(8);
            else if (arg == "--json") json = true;
            else if (batch == null && !arg.StartsWith("--", StringComparison.Ordinal)) batch = arg;
            else
            {
                Console.Error.WriteLine("csharp_batch: unknown argument " + arg);
                return 2;
            }
        }
        if (batch == null)
        {
            Console.Error.WriteLine("usage: mono JixiaoBatchBench.exe BATCH_FILE [--repetitions=N] [--modes=a,b] [--json]");
            return 2;
        }
        var all = new Dictionary<string, Mode>
        {
            { "evaluate_json", new Mode { Name = "evaluate_json", Run = EvaluateJson,
                What = "Package.EvaluateJson(string, policy) → Forms → Total → Dispose()" } },
            { "evaluate_json_bytes", new Mode { Name = "evaluate_json_bytes", Run = EvaluateJsonBytes, Input = "bytes",
                What = "Package.EvaluateJson(byte[] UTF-8, policy) → Forms → Total → Dispose()" } },
            { "evaluate_json_rows", new Mode { Name = "evaluate_json_rows", Run = EvaluateJsonRows,
                What = "evaluate_json, and every row of every form read (row.CountedScore)" } },
            { "package", new Mode { Name = "package", Run = FromPackage,
                What = "Package.FromJson(string) → Evaluate(policy) → Forms → Total → Dispose() ×2" } },
        };
        var modes = new List<Mode>();
        foreach (string name in only.Split(','))
        {
            Mode m;
            if (!all.TryGetValue(name, out m))
            {
                Console.Error.WriteLine("csharp_batch: unknown mode " + name);
                return 2;
            }
            modes.Add(m);
        }

        Batch docs = ReadBatch(batch);
        Process self = Process.GetCurrentProcess();
        using (Policy policy = Policy.Builtin("national-2020"))
        {
            for (int rep = -1; rep < repetitions; rep++)  // -1: the untimed warm-up
            {
                foreach (Mode m in modes)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    self.Refresh();
                    TimeSpan cpu0 = self.TotalProcessorTime;
                    Stopwatch wall = Stopwatch.StartNew();
                    Tally t = m.Run(docs, policy);
                    wall.Stop();
                    self.Refresh();
                    if (rep < 0)
                    {
                        m.Tally = t;
                        continue;
                    }
                    m.Wall.Add(wall.Elapsed.TotalSeconds);
                    m.Cpu.Add((self.TotalProcessorTime - cpu0).TotalSeconds);
                }
            }
        }

        if (json)
        {
            var parts = new List<string>();
            foreach (Mode m in modes)
                parts.Add(string.Format(CultureInfo.InvariantCulture,
                    "\"{0}\": {{\"what\": \"{1}\", \"input\": \"{6}\", \"wall\": {2}, \"cpu\": {3}, " +
                    "\"total_sum\": \"{4}\", \"forms\": {5}, \"rows\": {7}}}",
                    m.Name, m.What, Seconds(m.Wall), Seconds(m.Cpu), m.Tally.Sum.ToString(CultureInfo.InvariantCulture),
                    m.Tally.Forms, m.Input, m.Tally.Rows));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{{\"documents\": {0}, \"bytes\": {1}, \"repetitions\": {2}, \"runtime\": \"{3}\", \"library\": \"{4}\", " +
                "\"modes\": {{{5}}}}}",
                docs.Texts.Count, docs.Size, repetitions, "Mono " + Environment.Version, Library.Version, string.Join(", ", parts)));
        }
        else
        {
            Console.WriteLine("{0} documents; medians of {1} passes", docs.Texts.Count, repetitions);
            foreach (Mode m in modes)
            {
                m.Wall.Sort();
                double w = m.Wall[m.Wall.Count / 2];
                Console.WriteLine("  {0,-20} wall {1,8:F3} s = {2,8:F1} µs per package  (sum of totals {3}, {4} forms)",
                                  m.Name, w, w * 1e6 / docs.Texts.Count, m.Tally.Sum.ToString(CultureInfo.InvariantCulture),
                                  m.Tally.Forms);
            }
        }
        return 0;
    }
}
