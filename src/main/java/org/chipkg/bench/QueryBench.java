package org.chipkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chipkg.model.ChipKgException;

/**
 * Query latency and throughput over HTTP: {@code clients} threads each send the query (POST, JSON
 * results, body read to the end) again and again for a fixed time; every request's latency is kept.
 */
public final class QueryBench {
  /** Latencies of every request, requests per second, and the size of one answer in bytes. */
  public record Result(Latencies latencies, double queriesPerSecond, int clients, long bytes) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;
  private final boolean cached;

  /**
   * A bench against the endpoint; {@code cached} false sends {@code Cache-Control: no-cache}, so
   * every request is evaluated over the store, true lets the server answer repeats from its result
   * cache.
   */
  public QueryBench(String sparqlUrl, boolean cached) {
    this.endpoint = URI.create(sparqlUrl);
    this.cached = cached;
  }

  /** One request; returns the size of the answer in bytes. */
  public long once(String query) {
    HttpRequest req =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/sparql-results+json")
            .header("Cache-Control", cached ? "max-age=3600" : "no-cache")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = r.body()) {
        if (r.statusCode() != 200) {
          String msg = new String(body.readNBytes(500), StandardCharsets.UTF_8);
          throw new ChipKgException("query answered " + r.statusCode() + ": " + msg);
        }
        // Read to the end (the answer is received and counted, not kept).
        return body.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException e) {
      throw new ChipKgException("query request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChipKgException("query request interrupted", e);
    }
  }

  /**
   * Runs {@code query} from {@code clients} threads for {@code seconds} (each client sends at least
   * {@code minPerClient} requests), after {@code warmup} requests from one client and at least a
   * third of {@code seconds} of warm-up.
   */
  public Result run(String query, int clients, double seconds, int minPerClient, int warmup) {
    if (clients < 1) {
      throw new IllegalArgumentException("clients must be positive: " + clients);
    }
    long bytes = 0;
    long warm = System.nanoTime() + (long) (seconds / 3 * 1e9);
    for (int i = 0; i < warmup || System.nanoTime() < warm; i++) {
      bytes = once(query);
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    List<Future<List<Long>>> fs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      fs.add(
          pool.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                while (mine.size() < minPerClient || System.nanoTime() < end) {
                  long s = System.nanoTime();
                  once(query);
                  mine.add(System.nanoTime() - s);
                }
                return mine;
              }));
    }
    List<Long> all = new ArrayList<>();
    try {
      for (Future<List<Long>> f : fs) {
        all.addAll(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChipKgException("query benchmark interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new ChipKgException("query benchmark failed: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    long[] nanos = all.stream().mapToLong(Long::longValue).toArray();
    return new Result(Latencies.of(nanos), nanos.length / wall, clients, bytes);
  }
}
