namespace Acme.Api;

public static class Settings
{
    public const string SfConsumerKey = "3MVG9-cBZs3ChMKL-oh4BYK9SzrvROE-pzFfO-6qJ2vZEPlrmWg2z7LAeNfzUxfjVmVHgpNMiUROgGJuCN3WD";
    public const string SfConsumerSecret = "518EF55252034A52027FF58D058969F86D91855AD3402D8DC15F0E32137A017B";
}
