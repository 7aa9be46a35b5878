// jixiao.h compiled as C++ (with -Wall -Wextra -Wpedantic -Wshadow -Wconversion): the declarations
// have C linkage and the library it names is the one loaded.
#include <jixiao.h>

#include <cstdio>
#include <cstring>
#include <type_traits>

static_assert(std::is_standard_layout_v<jx_decimal> && std::is_trivially_copyable_v<jx_decimal>);
static_assert(std::is_standard_layout_v<jx_form_info> && std::is_standard_layout_v<jx_indicator_info> &&
              std::is_standard_layout_v<jx_finding_info>);
static_assert(sizeof(jx_decimal) == 24 && alignof(jx_decimal) == 8);
static_assert(JX_FORM_DEPARTMENT == static_cast<size_t>(-1));

int main() {
  // A function's type names no C++ type: the pointer converts to the C signature.
  int (*parse)(const char*, jx_decimal*) = &jx_decimal_parse;
  jx_decimal d{};
  char buf[64];
  const bool ok = jx_version_number() == JX_VERSION_NUMBER && std::strcmp(jx_version_string(), JX_VERSION_STRING) == 0 &&
                  jx_abi_version() == JX_ABI_VERSION && parse("-12.50", &d) == JX_OK &&
                  jx_decimal_format(d, buf, sizeof buf) == JX_OK && std::strcmp(buf, "-12.50") == 0;
  std::printf("jixiao.h as C++ against libjixiao_c %s: %s\n", jx_version_string(), ok ? "ok" : "MISMATCH");
  return ok ? 0 : 1;
}
