import Foundation
import Hummingbird

/// Applies a `RequestGuard` to every request, before any route: a refusal is answered 403
/// with its reason as plain text; every response gets the guard's header fields (and the
/// token cookie when the token came in the query).
struct RequestGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The guard, once the server knows its port (nil before: every request is refused).
    let current: @Sendable () -> RequestGuard?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard let requestGuard = current() else { return Self.refusal("Refused: the server is starting.", fields: []) }
        // The first Host field is the request's authority; a second one stays among the fields.
        var headers: [(name: String, value: String)] = request.head.authority.map { [(name: "Host", value: $0)] } ?? []
        headers += request.headers.map { (name: $0.name.canonicalName, value: $0.value) }
        let decision = requestGuard.decide(.init(method: request.method.rawValue, path: path, query: request.uri.query, headers: headers))
        let fields = requestGuard.responseHeaders(for: path)
        var response: Response
        switch decision {
        case .refuse(let reason):
            return Self.refusal(reason, fields: fields)
        case .allow, .allowSettingCookie:
            do {
                response = try await next(request, context)
            } catch let error as any HTTPResponseError {
                // (A route that is not there: answered here, so that it has the fields too.)
                response = try error.response(from: request, context: context)
            }
        }
        Self.set(fields, on: &response.headers)
        if case .allowSettingCookie(let cookie) = decision { response.headers[.setCookie] = cookie }
        return response
    }

    /// A 403 with `reason`.
    static func refusal(_ reason: String, fields: [(name: String, value: String)]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8"]
        set(fields + [(name: "Cache-Control", value: "no-store"), (name: "X-Content-Type-Options", value: "nosniff")], on: &headers)
        return Response(status: .forbidden, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: reason + "\n")))
    }

    /// Sets each of `fields` on `headers`, replacing a field of the same name.
    static func set(_ fields: [(name: String, value: String)], on headers: inout HTTPFields) {
        for field in fields {
            headers[.init(field.name)!] = field.value
        }
    }
}
