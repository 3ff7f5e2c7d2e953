#pragma once

#include <QString>

namespace dateline {

// Outcome of writing an export: an empty error means the file is complete.
struct ExportResult
{
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace dateline
