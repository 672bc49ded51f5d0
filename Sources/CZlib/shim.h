#include <zlib.h>
// inflateInit2 is a macro; Swift cannot call it.
static inline int dragoman_inflate_init2(z_streamp stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}
