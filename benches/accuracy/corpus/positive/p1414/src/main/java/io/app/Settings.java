package com.acme.config;

public final class Credentials {
    public static final String YELP_API_KEY = "aqqSHZL1iisncq_NR4LLk8Jfn8dxsh5XpWiRLsZpLCdwpBJdVTUlje3VGgRlTBQqRqO0ixbtYGp9MDGvnZV2AM4UNAyjHf75ADSPqqVFiHnCFIFIhPpWxUY2HQevqsC9";

    private Credentials() {}
}
