// A worker on the .NET Generic Host: incidents come in as JSON files in a drop folder, live in SQLite,
// and are evaluated exactly when their result changes; new notifications and diagnostics go to an INotifier.
using System;
using IncidentPolicy.Samples.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// appsettings.json is read from next to the app, wherever it is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddIncidentPolicy(builder.Configuration); // the policy: defaults + the "IncidentPolicy" section of appsettings.json; IClock
builder.Services.Configure<WorkerOptions>(builder.Configuration.GetSection(WorkerOptions.SectionName));
builder.Services.AddSingleton<IncidentStore>();
builder.Services.AddSingleton<DropFolder>();
builder.Services.AddSingleton<INotifier, LoggingNotifier>();
builder.Services.AddHostedService<IncidentWorker>();
builder.Build().Run();
