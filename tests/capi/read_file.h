/* The C tests' reading of a whole file (the example package), shared by the test programs. */
#ifndef JX_TEST_READ_FILE_H
#define JX_TEST_READ_FILE_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

/* The file's bytes, malloc'd and NUL-terminated, *len set; NULL when it cannot be read. */
static inline char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  long size;
  char *buf;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  buf = (char *)malloc((size_t)size + 1);
  if (buf != NULL && fread(buf, 1, (size_t)size, f) != (size_t)size) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf != NULL) {
    buf[size] = '\0';
    *len = (size_t)size;
  }
  return buf;
}

#endif /* JX_TEST_READ_FILE_H */
