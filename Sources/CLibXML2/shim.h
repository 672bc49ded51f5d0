// Debian's libxml2 headers pull in the system ICU headers, which clash with Foundation's own ICU
// in a clean build ("'UErrorCode' has different definitions"). Include the version header first
// and switch ICU off before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xmlschemas.h>
#include <libxml/valid.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
// xmlFree is a global function-pointer variable; Swift 6 rejects it as not concurrency-safe.
static inline void dragoman_xml_free(void *pointer) { xmlFree(pointer); }
