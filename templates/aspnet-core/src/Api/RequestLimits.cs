namespace Api
{
    /// <summary>What the API accepts: JSON bodies of up to 1 MB.</summary>
    public static class RequestLimits
    {
        public const long MaxBodyBytes = 1024 * 1024;

        public const string TooLarge = "request body is larger than 1 MB";
    }
}
