using System;
using System.Collections.Generic;

namespace Jixiao
{
    /// <summary>A scoring policy (评分规则): a built-in one or one read from JSON.</summary>
    public sealed class Policy : IDisposable
    {
        internal readonly PolicyHandle Handle;

        private Policy(PolicyHandle handle, string name)
        {
            Handle = handle;
            Name = name;
        }

        /// <summary>The built-in name this policy was made from, or null for one read from JSON.</summary>
        public string Name { get; private set; }

        /// <summary>"national-2020" (财预〔2020〕10号, the default), "hubei-20-40-40", "grades-80-70-60".
        /// An unknown name throws a JixiaoException with Code UnknownPolicy.</summary>
        public static Policy Builtin(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            PolicyHandle h;
            int status = NativeMethods.jx_policy_builtin(Utf8.ToNative(name, "name"), out h);
            return Wrap(status, h, name);
        }

        /// <summary>The default policy, national-2020.</summary>
        public static Policy Default() { return Builtin("national-2020"); }

        public static Policy FromJson(string json)
        {
            if (json == null) throw new ArgumentNullException("json");
            byte[] bytes = Utf8.ToNativeCounted(json);
            PolicyHandle h;
            int status = NativeMethods.jx_policy_from_json(bytes, new UIntPtr((uint)bytes.Length), out h);
            return Wrap(status, h, null);
        }

        public static Policy FromFile(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            PolicyHandle h;
            int status = NativeMethods.jx_policy_from_file(Utf8.ToNative(path, "path"), out h);
            return Wrap(status, h, null);
        }

        /// <summary>The names of the built-in policies.</summary>
        public static IReadOnlyList<string> BuiltinNames
        {
            get
            {
                ulong n = NativeMethods.jx_policy_builtin_count().ToUInt64();
                var names = new List<string>();
                for (ulong i = 0; i < n; i++)
                    names.Add(Utf8.FromNative(NativeMethods.jx_policy_builtin_name(new UIntPtr(i))));
                return names.AsReadOnly();
            }
        }

        /// <summary>The policy as JSON (format "jixiao-policy").</summary>
        public string ToJson()
        {
            IntPtr json;
            Errors.Check(NativeMethods.jx_policy_to_json(Handle, out json));
            return Utf8.TakeOwned(json);
        }

        public void Dispose()
        {
            Handle.Dispose();
        }

        public override string ToString()
        {
            return Name ?? "(policy from JSON)";
        }

        internal static PolicyHandle HandleOf(Policy policy)
        {
            return policy == null ? PolicyHandle.Null : policy.Handle;
        }

        private static Policy Wrap(int status, PolicyHandle h, string name)
        {
            if (status != 0)
            {
                JixiaoException error = Errors.FromLastError(status);
                h.Dispose();
                throw error;
            }
            return new Policy(h, name);
        }
    }
}
