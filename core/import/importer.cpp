#include "import/importer.h"

#include "import/agencytextimporter.h"
#include "import/feed/feedimporter.h"
#include "import/html/htmlimporter.h"
#include "import/newsml/newsmlimporter.h"
#include "import/plaintextimporter.h"
#include "import/textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace dateline {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ImportResult::failure(QStringLiteral("no such file"));
    if (info.isDir())
        return ImportResult::failure(QStringLiteral("is a directory"));
    if (!info.isFile())
        return ImportResult::failure(QStringLiteral("not a regular file"));
    if (info.size() > options.maxFileBytes) {
        return ImportResult::failure(QStringLiteral("file is %1, above the %2 limit (see --max-size)")
                                         .arg(megabytes(info.size()), megabytes(options.maxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure(QStringLiteral("cannot read: %1").arg(file.errorString()));
    // Read one byte past the limit: files that grow while being read (or
    // special files that report size 0) are refused the same way. The
    // buffer starts at the size the file has: QIODevice::read(limit) would
    // allocate the whole limit (64 MB) for every file, and mapping and
    // unmapping that much memory per file stalls every thread of the import.
    const qint64 limit = options.maxFileBytes + 1;
    QByteArray data;
    qint64 capacity = qBound(qint64(4096), info.size() + 1, limit);
    for (;;) {
        const qint64 have = data.size();
        data.resize(capacity);
        const qint64 got = file.read(data.data() + have, capacity - have);
        if (got <= 0) {
            data.resize(have);
            break;
        }
        data.resize(have + got);
        if (data.size() >= limit)
            break;
        if (data.size() == capacity)
            capacity = qMin(limit, capacity * 2);
    }
    if (data.size() > options.maxFileBytes)
        return ImportResult::failure(
            QStringLiteral("file is above the %1 limit (see --max-size)").arg(megabytes(options.maxFileBytes)));
    if (file.error() != QFileDevice::NoError)
        return ImportResult::failure(QStringLiteral("cannot read: %1").arg(file.errorString()));
    return importData(data, info.filePath(), options);
}

ImportResult Importer::importData(const QByteArray &data, const QString &source, const ImportOptions &options)
{
    if (data.size() > options.maxFileBytes)
        return ImportResult::failure(
            QStringLiteral("document is above the %1 limit").arg(megabytes(options.maxFileBytes)));

    QString decoded;
    const DocumentFormat format = detectFormat(data, source, &decoded);
    bool isDecoded = !decoded.isNull();
    // Text documents are decoded once: detection already did it for short ones.
    const auto text = [&]() -> const QString & {
        if (!isDecoded) {
            decoded = TextDecoder::decode(data).text;
            isDecoded = true;
        }
        return decoded;
    };
    switch (format) {
    case DocumentFormat::Empty:
        return ImportResult::failure(QStringLiteral("the file is empty"));
    case DocumentFormat::Binary:
        return ImportResult::failure(
            QStringLiteral("binary data (an image, archive or program?), not a news document"));
    case DocumentFormat::Data:
        return ImportResult::failure(QStringLiteral("structured data (JSON), not a news document"));
    case DocumentFormat::AgencyText: {
        ImportResult r = AgencyTextImporter::parse(text(), source);
        if (r.ok())
            return r;
        return PlainTextImporter::parse(text(), source);
    }
    case DocumentFormat::PlainText:
        return PlainTextImporter::parse(text(), source);
    case DocumentFormat::Html:
        return HtmlImporter::parse(data, source, options);
    case DocumentFormat::Feed:
        return FeedImporter::parse(data, source, options);
    case DocumentFormat::NewsML:
    case DocumentFormat::Nitf:
        return NewsmlImporter::parse(data, source, options);
    case DocumentFormat::Unknown:
        break;
    }
    return ImportResult::failure(QStringLiteral("unrecognised document format"));
}

} // namespace dateline
