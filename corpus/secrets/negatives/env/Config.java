public final class Config {
    private final String password = System.getenv("DB_PASSWORD");
    private final String apiKey = props.getProperty("api.key");
    private static final String TOKEN_HEADER = "X-Auth-Token";
    private static final String PASSWORD_PARAM = "password";
}
