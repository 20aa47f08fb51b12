using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Web.Tests.UiKit;

public sealed class CommandResultTests
{
    [Fact]
    public void Field_errors_keep_their_order_every_message_and_no_duplicates()
    {
        var errors = new FieldErrors()
            .Add("respondentName", "请填写被投诉人名称", "Enter the respondent's name")
            .Add("contracts[0].signedOn", "签订日期不能晚于今天", "The signing date cannot be after today")
            .Add("respondentName", "请填写被投诉人名称", "Enter the respondent's name")
            .Add("respondentName", "名称过长", "Name too long");

        Assert.Equal(["respondentName", "contracts[0].signedOn"], errors.Fields);
        Assert.Equal(3, errors.Count);
        Assert.Equal(2, errors.For("respondentName").Count);
        Assert.Empty(errors.For("nothing"));
    }

    [Theory]
    [InlineData(CommandStatus.NotFound, HttpStatusCode.NotFound)]
    [InlineData(CommandStatus.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(CommandStatus.Conflict, HttpStatusCode.Conflict)]
    [InlineData(CommandStatus.Unprocessable, HttpStatusCode.UnprocessableEntity)]
    public void Each_failure_has_one_status(CommandStatus status, HttpStatusCode expected)
    {
        var result = new CommandResult(status, new Bilingual("原因", "reason"), new FieldErrors());
        var problem = Assert.IsType<ProblemHttpResult>(result.ToHttp());
        Assert.Equal((int)expected, problem.StatusCode);
    }

    [Fact]
    public void Invalid_answers_a_validation_problem_with_every_field_and_done_answers_the_value()
    {
        var invalid = CommandResult.Invalid(new FieldErrors().Add("a", "甲错", "a wrong").Add("b", "乙错", "b wrong"));
        var problem = Assert.IsType<ProblemHttpResult>(invalid.ToHttp());
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Equal(["a", "b"], Assert.IsType<HttpValidationProblemDetails>(problem.ProblemDetails).Errors.Keys);

        var done = CommandResult.Of(42, new Bilingual("已提交", "Submitted"));
        Assert.True(done.Succeeded);
        Assert.IsType<Ok<int>>(done.ToHttp(v => TypedResults.Ok(v)));
        Assert.Equal("已提交", done.Message!.Value.Zh);

        var carried = invalid.As<int>();
        Assert.Equal(CommandStatus.Invalid, carried.Status);
        Assert.Same(invalid.Errors, carried.Errors);
        Assert.Throws<InvalidOperationException>(() => CommandResult.Done().As<int>());
    }

    [Fact]
    public void A_refused_field_answers_422_naming_the_field_and_a_refusal_without_field_stays_a_plain_problem()
    {
        var refused = CommandResult.Unprocessable("parameters.electrolysisKwh", new Bilingual("超出范围", "out of range"));
        var problem = Assert.IsType<ProblemHttpResult>(refused.ToHttp());
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, problem.StatusCode);
        Assert.Equal(["parameters.electrolysisKwh"], Assert.IsType<HttpValidationProblemDetails>(problem.ProblemDetails).Errors.Keys);
        Assert.Equal(["parameters.electrolysisKwh"], refused.Errors.Fields);

        var plain = Assert.IsType<ProblemHttpResult>(CommandResult.Unprocessable(new Bilingual("原因", "reason")).ToHttp());
        Assert.IsNotType<HttpValidationProblemDetails>(plain.ProblemDetails);
    }
}
