class Env {
    static final String KEY = System.getenv("GOOGLE_API_KEY");
}
