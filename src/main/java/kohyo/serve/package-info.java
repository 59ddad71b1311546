/**
 * {@code kohyo serve}: the editor ({@link kohyo.editor}) over HTTP on the loopback address, made
 * safe for an office PC where other programs and web pages run beside it.
 *
 * <p>Every request passes {@link kohyo.serve.Guard} first: the Host header must name the server
 * itself (no DNS rebinding), the browser must hold the session cookie it got for the start-up
 * token, every change must carry the form's CSRF token, and bodies are limited in size. Every
 * response forbids caching and framing and allows content from this server only.
 */
package kohyo.serve;
