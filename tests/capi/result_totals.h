/* The C tests' reading of a result's totals, shared by the test programs: one form's total, and two
 * results compared form by form. Uses the harness's checks. */
#ifndef JX_TEST_RESULT_TOTALS_H
#define JX_TEST_RESULT_TOTALS_H

#include "harness.h"

#include <jixiao.h>

#include <stdio.h>
#include <string.h>

/* The total of a form of the result as text, or "(no form)". */
static inline const char *form_total(const jx_result *r, size_t form) {
  jx_form_info f;
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  if (jx_result_form(r, form, &f) != JX_OK) return "(no form)";
  return f.total;
}

/* got has as many forms as want, with the same totals. */
static inline void check_same_totals_as(const jx_result *got, const jx_result *want) {
  size_t n = 0, m = 0, i;
  char total[64];
  CHECK_OK(jx_result_form_count(want, &n));
  CHECK_OK(jx_result_form_count(got, &m));
  CHECK_INT(m, n);
  for (i = 0; i < n && i < m; ++i) {
    snprintf(total, sizeof total, "%s", form_total(want, i)); /* form_total's buffer is the result's */
    CHECK_STR(form_total(got, i), total);
  }
}

#endif /* JX_TEST_RESULT_TOTALS_H */
