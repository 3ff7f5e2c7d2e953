#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace dateline {

// What one HTTP GET of a feed ended in.
struct FetchResult
{
    enum class Status { Ok, NotModified, Failed };

    Status status = Status::Failed;
    QUrl url; // as requested
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
    QByteArray body; // decompressed; empty unless Ok
    QString contentType;
    // Validators to send next time (If-None-Match / If-Modified-Since).
    QString etag;
    QString lastModified;
    QString error; // one line when Failed

    bool ok() const { return status == Status::Ok; }
};

} // namespace dateline
