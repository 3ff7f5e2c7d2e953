#pragma once

#include <QStringView>

namespace dateline {

// QString indexes UTF-16 code units; the JSON contract counts Unicode code
// points. The two differ only after characters outside the BMP (emoji, some
// CJK), so the conversion is a short scan.
int codePointIndex(QStringView text, int utf16Index);
int utf16Index(QStringView text, int codePointIndex);

} // namespace dateline
