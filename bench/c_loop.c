/* libjixiao-bench-c-loop.so: jixiao-capi-bench's `c` variant as one C function, which
   bench/python_batch.py (mode c_loop) calls once for the whole batch. It runs the library's work
   inside the Python process with no Python between the packages, which separates what the host
   process costs the library (its heap, its memory) from what the binding and ctypes cost.
   See bench/README.md, "C API and Python binding". */
#include <jixiao.h>

#include <stddef.h>

/* Per text: jx_package_from_json → jx_evaluate → each form's total read (jx_result_form) and added
   → both freed. The sum goes to sum_text (jx_decimal_format), the number of forms to *forms.
   Returns 0, or 1 + the index of the text that failed. */
size_t jixiao_bench_c_loop(const char *const *texts, const size_t *lengths, size_t count, const jx_policy *policy,
                           char *sum_text, size_t sum_size, size_t *forms) {
  jx_decimal sum = {0, 0, 0};
  *forms = 0;
  for (size_t i = 0; i < count; ++i) {
    jx_package *package = NULL;
    jx_result *result = NULL;
    size_t n = 0;
    int ok = jx_package_from_json(texts[i], lengths[i], &package) == JX_OK &&
             jx_evaluate(package, policy, &result) == JX_OK && jx_result_form_count(result, &n) == JX_OK;
    for (size_t f = 0; ok && f < n; ++f) {
      jx_form_info info = {0};
      jx_decimal total;
      info.struct_size = sizeof info;
      ok = jx_result_form(result, f, &info) == JX_OK && jx_decimal_parse(info.total, &total) == JX_OK &&
           jx_decimal_add(sum, total, &sum) == JX_OK;
      *forms += ok;
    }
    jx_result_free(result);
    jx_package_free(package);
    if (!ok) return i + 1;
  }
  return jx_decimal_format(sum, sum_text, sum_size) == JX_OK ? 0 : count + 1;
}
