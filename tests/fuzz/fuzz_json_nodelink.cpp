// libFuzzer target fuzz_json_nodelink: its body is in fuzztargets.h (see README.md here).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const entente::fuzz::Target& run = entente::fuzz::target("fuzz_json_nodelink");
    run(data, size);
    return 0;
}
