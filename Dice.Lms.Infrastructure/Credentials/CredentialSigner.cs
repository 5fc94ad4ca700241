using System.Globalization;
using System.Text.Json.Nodes;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dice.Lms.Infrastructure.Credentials;

/// <summary>
/// Signs an Open Badges 3.0 credential as a VC-JWT (Open Badges 3.0, "JSON Web Token Proof Format"): RS256, the one
/// algorithm every verifier must accept; a header of alg, kid and typ only, where kid is the URL of the public key as a
/// JWK; the credential as the payload with the iss, jti, nbf and sub claims the specification asks for.
/// </summary>
public sealed class CredentialSigner(CredentialKeys keys, IOptions<LmsOptions> options)
{
    public const string KeysPath = "/credentials/keys/";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string KeyUrl(string keyId) => options.Value.PublicBaseUrl.TrimEnd('/') + KeysPath + keyId;

    public string Sign(JsonObject credential)
    {
        var payload = credential.DeepClone().AsObject();
        payload["iss"] = credential["issuer"]!["id"]!.GetValue<string>();
        payload["jti"] = credential["id"]!.GetValue<string>();
        var validFrom = DateTimeOffset.Parse(credential["validFrom"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        payload["nbf"] = validFrom.ToUnixTimeSeconds();
        var subject = credential["credentialSubject"]!;
        payload["sub"] = subject["id"]?.GetValue<string>() ?? subject["identifier"]![0]!["identityHash"]!.GetValue<string>();

        var (keyId, rsa) = keys.Current();
        var key = new RsaSecurityKey(rsa) { KeyId = KeyUrl(keyId) };
        return Handler.CreateToken(payload.ToJsonString(), new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    }

    /// <summary>The public key as one JWK (RFC 7517), as 1EdTech's validator expects at a kid URL; null for an unknown id.</summary>
    public JsonObject? PublicJwk(string keyId)
    {
        if (keys.PublicKey(keyId) is not { } parameters)
        {
            return null;
        }

        return new JsonObject
        {
            ["kty"] = "RSA",
            ["kid"] = KeyUrl(keyId),
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
