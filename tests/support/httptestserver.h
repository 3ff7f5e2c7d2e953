#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace dateline::test {

// A small HTTP/1.1 server on 127.0.0.1 for network tests: routes answer
// with canned or computed responses, and every request is recorded so a
// test can check what the client sent. It runs on the test's own event
// loop; nothing ever leaves the machine.
class HttpTestServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool sendLength = true; // false: the body ends when the connection closes
        bool hang = false; // read the request and never answer

        static Response redirect(int status, const QByteArray &location);
    };
    using Handler = std::function<Response(const Request &)>;

    explicit HttpTestServer(QObject *parent = nullptr);
    ~HttpTestServer() override;

    bool listen();
    QUrl url(const QByteArray &path) const;
    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const Response &response);
    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsFor(const QByteArray &path) const;

private:
    void serve(QTcpSocket *socket);

    QTcpServer *m_server;
    QMap<QByteArray, Handler> m_routes;
    QList<Request> m_requests;
};

// The bytes of `data` in gzip format (RFC 1952), as a server would send
// with Content-Encoding: gzip.
QByteArray gzip(const QByteArray &data);

} // namespace dateline::test
