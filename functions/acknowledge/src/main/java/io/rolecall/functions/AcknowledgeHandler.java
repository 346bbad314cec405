package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import io.rolecall.core.usecase.AcknowledgementEndpoint;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * AcknowledgeFunction, behind a Lambda function URL (payload format 2.0): turns the request into an
 * {@link AcknowledgementEndpoint.Request} and the page back into a response. It logs the method and
 * the status only: a link is a credential, and a page names a person.
 */
public final class AcknowledgeHandler extends TypedHandler<FunctionUrlRequest, FunctionUrlResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgeHandler.class);

    /** Built once per execution environment, on the first invocation's init (or before its snapshot). */
    private static final class Holder {
        private static final AcknowledgeWiring WIRING = AcknowledgeWiring.fromEnvironment();

        static {
            SnapStartPriming.register("acknowledge", WIRING::prime);
        }
    }

    private final Function<String, AcknowledgementEndpoint> endpoints;

    public AcknowledgeHandler() {
        this(Holder.WIRING::endpoint);
    }

    /** @param endpoints the pages as reached at a function URL host */
    AcknowledgeHandler(Function<String, AcknowledgementEndpoint> endpoints) {
        super(FunctionUrlRequest.class);
        this.endpoints = endpoints;
    }

    @Override
    public FunctionUrlResponse handle(FunctionUrlRequest request, Context context) {
        MDC.put("requestId", requestId(context));
        MDC.put("function", "acknowledge");
        try {
            AcknowledgementEndpoint.Response response = endpoints.apply(request.domainName()).handle(
                    new AcknowledgementEndpoint.Request(request.method(), request.rawPath(),
                            request.lowerCaseHeaders(), request.bodyBytes()));
            if (response.failure() != null) {
                LOG.atError().addKeyValue("method", request.method()).addKeyValue("status", response.status())
                        .log("page failed, its holder told so: {}", response.failure().getMessage());
            } else {
                LOG.atInfo().addKeyValue("method", request.method()).addKeyValue("status", response.status())
                        .log("page served");
            }
            return new FunctionUrlResponse(response.status(), response.headers(), response.body(), false);
        } catch (RuntimeException e) {
            LOG.atError().addKeyValue("error", e.getClass().getSimpleName()).log("page failed: {}", e.getMessage());
            return new FunctionUrlResponse(500, Map.of("Content-Type", "text/plain; charset=utf-8",
                    "Cache-Control", "no-store"), "RoleCall could not show this page; try again in a minute.", false);
        } finally {
            MDC.clear();
        }
    }
}
