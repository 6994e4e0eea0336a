package io.github.ddbstreams.listener;

/**
 * Thrown when an attribute value of a stream record carries none of the ten DynamoDB
 * types, which no real stream sends. The dispatcher turns it into a failure of the whole
 * invocation.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class UntypedAttributeException extends IllegalArgumentException {

	private final String path;

	/**
	 * Create a new instance.
	 * @param path the path of the value within its key or image, such as
	 * {@code address.lines[2]}
	 */
	public UntypedAttributeException(String path) {
		super("Attribute '" + path + "' has no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL)");
		this.path = path;
	}

	/**
	 * Return the path of the untyped value within its key or image.
	 * @return the path, such as {@code address.lines[2]}
	 */
	public String getPath() {
		return this.path;
	}

}
