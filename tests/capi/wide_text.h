/* The C tests' own UTF-8 → UTF-16 / UTF-32 conversion, shared by test_capi.c and test_threads.c. */
#ifndef JX_TEST_WIDE_TEXT_H
#define JX_TEST_WIDE_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* UTF-8 (well-formed, as the tests give it) into UTF-16 or UTF-32 code units: malloc'd, *units set.
   Written here, not taken from the library, so that the library's transcoder is checked against
   something independent. */
static inline uint32_t *utf32_of(const char *utf8, size_t len, size_t *units) {
  const unsigned char *b = (const unsigned char *)utf8;
  uint32_t *out = (uint32_t *)malloc((len + 1) * sizeof *out);
  size_t i = 0, n = 0;
  if (out == NULL) return NULL;
  while (i < len) {
    uint32_t cp;
    if (b[i] < 0x80) {
      cp = b[i];
      i += 1;
    } else if (b[i] < 0xE0) {
      cp = ((uint32_t)(b[i] & 0x1F) << 6) | (b[i + 1] & 0x3F);
      i += 2;
    } else if (b[i] < 0xF0) {
      cp = ((uint32_t)(b[i] & 0x0F) << 12) | ((uint32_t)(b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
      i += 3;
    } else {
      cp = ((uint32_t)(b[i] & 0x07) << 18) | ((uint32_t)(b[i + 1] & 0x3F) << 12) | ((uint32_t)(b[i + 2] & 0x3F) << 6) |
           (b[i + 3] & 0x3F);
      i += 4;
    }
    out[n++] = cp;
  }
  *units = n;
  return out;
}

static inline uint16_t *utf16_of(const char *utf8, size_t len, size_t *units) {
  size_t n32 = 0, i, n = 0;
  uint32_t *cps = utf32_of(utf8, len, &n32);
  uint16_t *out = cps != NULL ? (uint16_t *)malloc((2 * n32 + 1) * sizeof *out) : NULL;
  if (out == NULL) {
    free(cps);
    return NULL;
  }
  for (i = 0; i < n32; ++i) {
    if (cps[i] >= 0x10000) {
      out[n++] = (uint16_t)(0xD800 + ((cps[i] - 0x10000) >> 10));
      out[n++] = (uint16_t)(0xDC00 + ((cps[i] - 0x10000) & 0x3FF));
    } else {
      out[n++] = (uint16_t)cps[i];
    }
  }
  free(cps);
  *units = n;
  return out;
}

#endif /* JX_TEST_WIDE_TEXT_H */
