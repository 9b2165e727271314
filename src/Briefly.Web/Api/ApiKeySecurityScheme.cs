using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Briefly.Web.Api;

/// <summary>Tells OpenAPI clients that writes take an `X-Api-Key` header, and which operations need it.</summary>
public sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Scheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyFilter.Header,
            Description = "One of the keys configured in Briefly:ApiKeys",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
        }
        return Task.CompletedTask;
    }
}

/// <summary>Endpoint metadata: this operation needs an API key.</summary>
public sealed class ApiKeyRequired;
