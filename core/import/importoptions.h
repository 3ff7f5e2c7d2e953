#pragma once

#include <QtGlobal>

namespace dateline {

// Limits that keep hostile input from costing more than its own import.
struct ImportOptions
{
    // Files above this are refused before being read (DATELINE_MAX_FILE_MB
    // or --max-size on the command line).
    qint64 maxFileBytes = 64 * 1024 * 1024;
    // Element nesting deeper than this is flattened (HTML) or refused (XML).
    int maxNestingDepth = 512;
    // Upper bound for the number of articles one file (a feed, a package) yields.
    int maxArticlesPerFile = 10000;
};

} // namespace dateline
