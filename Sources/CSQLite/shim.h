#include <sqlite3.h>
#include <stdint.h>
// SQLITE_TRANSIENT is a macro casting -1 to a function pointer; Swift cannot import it.
static inline void (*dragoman_sqlite_transient(void))(void *) { return (void (*)(void *))-1; }
