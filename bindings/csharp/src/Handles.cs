// SafeHandle subclasses for the four opaque handles of the C API. ReleaseHandle calls the matching
// jx_*_free exactly once (SafeHandle guarantees it, also when Dispose is called twice or from the
// finalizer). The jx_result that an audit owns is wrapped in a ResultHandle that holds a reference on
// its AuditHandle instead of owning memory: releasing it releases that reference, never frees.
using System;
using System.Runtime.InteropServices;

namespace Jixiao
{
    internal sealed class PackageHandle : SafeHandle
    {
        public PackageHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            NativeMethods.jx_package_free(handle);
            return true;
        }
    }

    internal sealed class PolicyHandle : SafeHandle
    {
        /// <summary>NULL: the library's default policy (national-2020). Never closed.</summary>
        internal static readonly PolicyHandle Null = new PolicyHandle(false);

        public PolicyHandle() : base(IntPtr.Zero, true) { }

        private PolicyHandle(bool ownsHandle) : base(IntPtr.Zero, ownsHandle) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            NativeMethods.jx_policy_free(handle);
            return true;
        }
    }

    internal sealed class ResultHandle : SafeHandle
    {
        private AuditHandle owner;  // set for a result that belongs to an audit

        public ResultHandle() : base(IntPtr.Zero, true) { }

        /// <summary>A non-owning handle on the result an audit holds. Keeps the audit alive (by a
        /// SafeHandle reference) until this handle is released, so that the result can never be
        /// used after jx_audit_free, and is never passed to jx_result_free.</summary>
        internal static ResultHandle Borrow(AuditHandle audit)
        {
            var borrowed = new ResultHandle();
            bool added = false;
            audit.DangerousAddRef(ref added);
            try
            {
                IntPtr result;
                Errors.Check(NativeMethods.jx_audit_result(audit, out result));
                borrowed.owner = audit;
                borrowed.SetHandle(result);
                added = false;  // now released by ReleaseHandle
                return borrowed;
            }
            finally
            {
                if (added)
                {
                    audit.DangerousRelease();
                    borrowed.SetHandleAsInvalid();
                }
            }
        }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            if (owner != null)
            {
                owner.DangerousRelease();
                owner = null;
            }
            else
            {
                NativeMethods.jx_result_free(handle);
            }
            return true;
        }
    }

    internal sealed class AuditHandle : SafeHandle
    {
        public AuditHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            NativeMethods.jx_audit_free(handle);
            return true;
        }
    }
}
