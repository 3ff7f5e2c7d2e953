#include "import/importer.h"

#include "import/agencytextimporter.h"
#include "import/feed/feedimporter.h"
#include "import/filereader.h"
#include "import/html/htmlimporter.h"
#include "import/newsml/newsmlimporter.h"
#include "import/plaintextimporter.h"
#include "import/textdecoder.h"

namespace dateline {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    FileReader::Result file = FileReader::read(path, options.maxFileBytes);
    if (!file.error.isEmpty())
        return ImportResult::failure(file.error);
    return importData(file.data, path, options);
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
