/* Uses the installed jixiao.h and libjixiao_c.so the way a C application would: evaluates the
   example package given on the command line; exits 0 when the library agrees with the header and
   the first project scores 99.00. */
#include <jixiao.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  jx_package *package = NULL;
  jx_result *result = NULL;
  jx_form_info form;
  int ok = jx_version_number() == JX_VERSION_NUMBER && jx_abi_version() == JX_ABI_VERSION;
  if (argc > 1) {
    memset(&form, 0, sizeof form);
    form.struct_size = sizeof form;
    if (jx_package_from_file(argv[1], &package) != JX_OK || jx_evaluate(package, NULL, &result) != JX_OK ||
        jx_result_form(result, 1, &form) != JX_OK) {
      fprintf(stderr, "error: %s\n", jx_last_error_message(JX_LANG_EN));
      ok = 0;
    } else {
      printf("%s: %s %s\n", form.name, form.total, form.grade);
      ok = ok && strcmp(form.total, "99.00") == 0;
    }
    jx_result_free(result);
    jx_package_free(package);
  }
  printf("libjixiao_c %s: %s\n", jx_version_string(), ok ? "ok" : "MISMATCH");
  return ok ? 0 : 1;
}
