using System;
using System.Globalization;

namespace Jixiao
{
    /// <summary>The status codes of the C API (JX_OK, JX_ERR_*). The numbers are stable.</summary>
    public enum StatusCode
    {
        Ok = 0,
        /// <summary>数字格式错误: text that is not a decimal number.</summary>
        InvalidNumber = 1,
        /// <summary>超出范围: beyond 38 digits or scale 38.</summary>
        OutOfRange = 2,
        /// <summary>除数为零.</summary>
        DivisionByZero = 3,
        /// <summary>RoundingMode.Unnecessary and the value would change.</summary>
        RoundingNecessary = 4,
        InvalidArgument = 5,
        /// <summary>JSON 语法错误: the text is not JSON (Line and Column say where).</summary>
        InvalidJson = 6,
        /// <summary>材料数据错误: JSON that does not describe a package (Path says where).</summary>
        InvalidPackage = 7,
        InvalidPolicy = 8,
        UnknownPolicy = 9,
        /// <summary>读写文件失败 (JX_ERR_IO).</summary>
        IO = 10,
        NullArgument = 100,
        InvalidUtf8 = 101,
        Index = 102,
        NoMemory = 103,
        /// <summary>A bug in the library: please report the message.</summary>
        Internal = 104,
    }

    /// <summary>An error reported by the jixiao library. <see cref="Exception.Message"/> holds the
    /// Chinese message, then the English one.</summary>
    public class JixiaoException : Exception
    {
        public JixiaoException(StatusCode code, string codeName, string messageZh, string messageEn, string path,
                               int line, int column)
            : base(Compose(messageZh, messageEn, codeName))
        {
            Code = code;
            CodeName = codeName ?? string.Empty;
            MessageZh = messageZh ?? string.Empty;
            MessageEn = messageEn ?? string.Empty;
            Path = path ?? string.Empty;
            Line = line;
            Column = column;
        }

        /// <summary>The status code (JX_ERR_*).</summary>
        public StatusCode Code { get; private set; }
        /// <summary>Its stable short name: "invalid_json", "unknown_policy", ….</summary>
        public string CodeName { get; private set; }
        public string MessageZh { get; private set; }
        public string MessageEn { get; private set; }
        /// <summary>JSON path of the offending value ("$.department.funds.total.executed"), or "".</summary>
        public string Path { get; private set; }
        /// <summary>1-based line in the input, 0 when not known.</summary>
        public int Line { get; private set; }
        /// <summary>1-based column (in characters) in the input, 0 when not known.</summary>
        public int Column { get; private set; }

        private static string Compose(string zh, string en, string codeName)
        {
            if (string.IsNullOrEmpty(zh) && string.IsNullOrEmpty(en)) return codeName ?? "jixiao error";
            if (string.IsNullOrEmpty(en) || zh == en) return zh;
            if (string.IsNullOrEmpty(zh)) return en;
            return zh + " (" + en + ")";
        }
    }

    /// <summary>Turns a status into a JixiaoException from the calling thread's last error.</summary>
    internal static class Errors
    {
        internal static void Check(int status)
        {
            if (status != 0) throw FromLastError(status);
        }

        internal static JixiaoException FromLastError(int status)
        {
            // The last error is thread-local in the library, and a P/Invoke runs on the calling
            // managed thread's OS thread: read right after the failing call, it is this call's.
            int code = NativeMethods.jx_last_error_code();
            string zh, en, path;
            int line, column;
            if (code == status)
            {
                zh = Utf8.FromNative(NativeMethods.jx_last_error_message(NativeMethods.LangZh));
                en = Utf8.FromNative(NativeMethods.jx_last_error_message(NativeMethods.LangEn));
                path = Utf8.FromNative(NativeMethods.jx_last_error_path());
                line = NativeMethods.jx_last_error_line();
                column = NativeMethods.jx_last_error_column();
            }
            else
            {
                // The library returned a status without recording it: say what we know.
                zh = en = path = string.Empty;
                line = column = 0;
            }
            string name = Utf8.FromNative(NativeMethods.jx_status_name(status)) ??
                          status.ToString(CultureInfo.InvariantCulture);
            if (string.IsNullOrEmpty(zh) && string.IsNullOrEmpty(en)) en = "jixiao: " + name;
            return new JixiaoException((StatusCode)status, name, zh, en, path, line, column);
        }
    }
}
