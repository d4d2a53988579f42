package dev.aerie.api.http;

/**
 * Code around a route's handler call: it sees the arguments, calls {@link Invocation#proceed()}
 * (the next interceptor, or the handler; {@link Invocation#proceedWith} with other arguments), and
 * returns the result, or another one of the same type, or returns without proceeding. Attach it with {@link Intercepted}; it is an ordinary injectable.
 * It runs after the guards and after the parameters and body are bound, and inside the unit of
 * work: whatever it throws rolls the request's database work back, and the work commits only when
 * the outermost interceptor has returned.
 *
 * <pre>{@code
 * public Object intercept(Invocation call) throws Exception {
 *     long start = System.nanoTime();
 *     try {
 *         return call.proceed();
 *     } finally {
 *         timings.record(call.route().template(), System.nanoTime() - start);
 *     }
 * }
 * }</pre>
 */
public interface Interceptor {
    /** The result of the call: what {@code invocation.proceed()} returned, or a replacement of the handler's return type. */
    Object intercept(Invocation invocation) throws Exception;
}
