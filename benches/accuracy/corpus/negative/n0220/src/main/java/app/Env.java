class Env {
    static final String KEY = System.getenv("TWILIO_AUTH_TOKEN");
}
