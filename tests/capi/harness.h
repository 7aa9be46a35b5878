/* A small test harness for the C tests of the C API: checks count, failures print where and what,
 * and the closing line is exactly "N passed, M failed". Not thread-safe: check from one thread. */
#ifndef JX_TEST_HARNESS_H
#define JX_TEST_HARNESS_H

#include <jixiao.h>

#include <stdio.h>
#include <string.h>

static int jt_passed = 0;
static int jt_failed = 0;

static inline const char *jt_show(const char *s) { return s != NULL ? s : "(NULL)"; }

static inline int jt_record(int ok, const char *file, int line, const char *what) {
  if (ok) {
    ++jt_passed;
  } else {
    ++jt_failed;
    fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what);
  }
  return ok;
}

static inline int jt_check(int ok, const char *expr, const char *file, int line) {
  return jt_record(ok, file, line, expr);
}

static inline int jt_check_str(const char *got, const char *want, const char *expr, const char *file, int line) {
  const int ok = (got != NULL && want != NULL) ? strcmp(got, want) == 0 : got == want;
  if (!ok) fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", file, line, expr, jt_show(got), jt_show(want));
  return jt_record(ok, file, line, expr);
}

static inline int jt_check_int(long long got, long long want, const char *expr, const char *file, int line) {
  const int ok = got == want;
  if (!ok) fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", file, line, expr, got, want);
  return jt_record(ok, file, line, expr);
}

static inline int jt_check_contains(const char *s, const char *part, const char *expr, const char *file, int line) {
  const int ok = s != NULL && part != NULL && strstr(s, part) != NULL;
  if (!ok) fprintf(stderr, "%s:%d: %s is \"%s\", which does not contain \"%s\"\n", file, line, expr, jt_show(s),
                   jt_show(part));
  return jt_record(ok, file, line, expr);
}

/* A call's status, with the last error printed when it is not the expected one. */
static inline int jt_check_rc(int rc, int want, const char *expr, const char *file, int line) {
  const int ok = rc == want;
  if (!ok)
    fprintf(stderr, "%s:%d: %s returned %d (%s), expected %d (%s); last error: %s [%s] line %d column %d\n", file,
            line, expr, rc, jx_status_name(rc), want, jx_status_name(want), jx_last_error_message(JX_LANG_EN),
            jx_last_error_path(), jx_last_error_line(), jx_last_error_column());
  return jt_record(ok, file, line, expr);
}

/* A failing call: its status, the thread's last error code, both messages set, and the English
   message mentioning `part` (the argument's name, the reason). */
static inline int jt_check_err(int rc, int want, const char *part, const char *expr, const char *file, int line) {
  int ok = jt_check_rc(rc, want, expr, file, line);
  ok &= jt_check_int(jx_last_error_code(), want, "jx_last_error_code()", file, line);
  ok &= jt_record(jx_last_error_message(JX_LANG_ZH)[0] != '\0', file, line, "a Chinese message");
  ok &= jt_check_contains(jx_last_error_message(JX_LANG_EN), part, "jx_last_error_message(JX_LANG_EN)", file, line);
  return ok;
}

static inline int jt_summary(void) {
  printf("%d passed, %d failed\n", jt_passed, jt_failed);
  return jt_failed == 0 ? 0 : 1;
}

#define CHECK(cond) jt_check((cond) != 0, #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) jt_check_str((got), (want), #got, __FILE__, __LINE__)
#define CHECK_INT(got, want) jt_check_int((long long)(got), (long long)(want), #got, __FILE__, __LINE__)
#define CHECK_CONTAINS(s, part) jt_check_contains((s), (part), #s, __FILE__, __LINE__)
#define CHECK_OK(call) jt_check_rc((call), JX_OK, #call, __FILE__, __LINE__)
#define CHECK_ERR(call, code, part) jt_check_err((call), (code), (part), #call, __FILE__, __LINE__)

#endif /* JX_TEST_HARNESS_H */
