package dev.khabar.query.api;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.query.http.HttpRequest;
import dev.khabar.query.http.HttpResponse;
import dev.khabar.query.http.Parameters;
import dev.khabar.query.http.Problem;
import dev.khabar.query.http.Route;
import dev.khabar.query.service.NotFoundException;
import dev.khabar.query.service.NotReadyException;
import dev.khabar.query.service.QueryService;
import dev.khabar.query.service.Views.PageView;
import dev.khabar.store.read.FactFilter;
import dev.khabar.store.read.InvalidPositionException;
import dev.khabar.store.read.Page;
import dev.khabar.store.read.PageRequest;
import dev.khabar.store.read.Position;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** The HTTP API: route, check parameters, ask the query service, write JSON; every failure is a problem document. */
public final class Api {
    /** Parameters that do not change what a query reads, so a cursor is not bound to them. */
    private static final Set<String> PAGING = Set.of("limit", "next");

    private final QueryService service;
    private final Cursors cursors;

    public Api(QueryService service, Cursors cursors) {
        this.service = service;
        this.cursors = cursors;
    }

    /** @param request decodes the request; a decoding failure (malformed escapes) is answered like any bad request */
    public HttpResponse handle(Supplier<HttpRequest> request) {
        try {
            return dispatch(request.get());
        } catch (Problem problem) {
            return problem(problem);
        } catch (NotFoundException e) {
            return problem(Problem.notFound(e.getMessage()));
        } catch (NotReadyException e) {
            return problem(Problem.notReady(e.getMessage()));
        } catch (InvalidPositionException e) {
            return problem(Problem.badCursor("the 'next' cursor does not belong to this query"));
        } catch (SdkException e) {
            Log.error("the table could not be read", e);
            // throttling or an unreachable table passes: the client may retry; anything else is our fault
            return e instanceof SdkClientException || e.retryable()
                    || (e instanceof AwsServiceException service && service.isThrottlingException())
                    ? problem(Problem.unavailable("the table is busy; retry the request in a moment"))
                    : problem(Problem.internal("the request could not be answered; it has been logged"));
        } catch (RuntimeException e) {
            Log.error("request failed", e);
            return problem(Problem.internal("the request could not be answered; it has been logged"));
        }
    }

    private HttpResponse dispatch(HttpRequest request) {
        Route.Matched matched = Route.resolve(request);
        Route route = matched.route();
        String id = matched.id();
        Parameters parameters = new Parameters(route, request.query().get());
        return switch (route) {
            case DOCUMENTS -> page(matched, parameters, service::documents);
            case DOCUMENT -> ok(service.document(id));
            case DOCUMENT_FACTS -> HttpResponse.json(200, service.factsDocument(id));
            case ENTITIES -> {
                String term = ParameterValues.searchTerm(parameters);
                EntityType type = parameters.get("type").map(ParameterValues::entityType).orElse(null);
                yield page(matched, parameters, page -> service.findEntities(term, type, page));
            }
            case ENTITY -> ok(service.entity(id));
            case ENTITY_FACTS -> {
                FactFilter filter = new FactFilter(parameters.get("type").map(ParameterValues::factType).orElse(null),
                        ParameterValues.dateRange(parameters), null, null);
                yield page(matched, parameters, page -> service.entityFacts(id, filter, page));
            }
            case FACTS -> {
                FactType type = ParameterValues.factType(parameters.required("type"));
                FactFilter filter = new FactFilter(type, ParameterValues.dateRange(parameters),
                        ParameterValues.minAmount(parameters), ParameterValues.currency(parameters));
                yield page(matched, parameters, page -> service.facts(type, filter, page));
            }
        };
    }

    /** Reads one page: the cursor is opened and signed against this route, path value and selecting parameters. */
    private <T> HttpResponse page(Route.Matched matched, Parameters parameters, Function<PageRequest, Page<T>> read) {
        int limit = ParameterValues.limit(parameters);
        String binding = matched.route().pattern() + "\n" + matched.id() + "\n" + parameters.canonical(PAGING);
        Position after = parameters.get("next").map(cursor -> cursors.open(cursor, binding)).orElse(null);
        Page<T> page = read.apply(new PageRequest(limit, after));
        String next = page.next() == null ? null : cursors.sign(page.next(), binding);
        return ok(new PageView<>(page.items(), next));
    }

    private static HttpResponse ok(Object body) {
        return HttpResponse.json(200, json(body));
    }

    static HttpResponse problem(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", HttpResponse.PROBLEM_JSON);
        if (problem.status() == 405) {
            headers.put("allow", Route.METHOD);
        }
        if (problem.status() == 503) {
            headers.put("retry-after", "1");
        }
        return new HttpResponse(problem.status(), headers, json(body));
    }

    private static String json(Object body) {
        return ViewJson.write(body);
    }
}
