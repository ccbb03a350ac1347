package dev.assay.server;

import dev.assay.core.io.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** A real HTTP client (java.net.http) for the server tests: one call, status and body. */
record Http(String base, String token) {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  record Reply(int status, String body) {
    JsonNode json() {
      return Json.MAPPER.readTree(body);
    }
  }

  Http as(String otherToken) {
    return new Http(base, otherToken);
  }

  Reply get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET(), "application/json");
  }

  Reply post(String path, String body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).POST(HttpRequest.BodyPublishers.ofString(body)),
        "application/json");
  }

  Reply postLines(String path, String body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).POST(HttpRequest.BodyPublishers.ofString(body)),
        "application/x-ndjson");
  }

  Reply delete(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).DELETE(), "application/json");
  }

  private Reply send(HttpRequest.Builder b, String type) throws Exception {
    b.header("Content-Type", type);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body());
  }
}
